package org.openspacemakers.marketplace.compliance.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.ExpiryWatch;
import org.openspacemakers.marketplace.compliance.Register;
import org.openspacemakers.marketplace.compliance.RegisterWeee;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.WeeeCategory;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.DossierFixtures;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.notification.Mails;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

/**
 * Time travel: an approval's coming expiry is announced 90 days ahead, and it lapses on the day.
 * The watch goes over every approval of the shared store, so each test looks only at its own.
 * They register SK and LT, where no other test sells, and travel at most to 29 March 2027, the day
 * after 6(b)-II ends in category 3 (the RoHS exemptions table): the watch then warns up to 27 June
 * 2027, before any other test's or the demo's approval lapses (the registrations in FR and DE run
 * 400 days; the demo claims 7(c)-I, which ends on 30 June 2027). When the table changes, pick an
 * exemption that still ends before the demo's.
 */
@MarketplaceTest
class ExpiryWatchTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Reviews reviews;
    @Autowired
    Register register;
    @Autowired
    ExpiryWatch watch;
    @Autowired
    TravellingClock clock;
    @Autowired
    Mails mails;

    @AfterEach
    void backToNow() {
        clock.backToNow();
    }

    @Test
    void warnsNinetyDaysAheadThenSuspendsOnTheDayAndOrdersAreRefused() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate registrationEnds = today.plusDays(100);
        register.record(new RegisterWeee("SK", "SK-WEEE-7", "Open Space Makers", registrationEnds,
                "Test representative s.r.o.", "Mandate SK-1", "a Slovak scheme", EnumSet.of(WeeeCategory.SMALL), true, true));
        Fixtures.Listing listing = fixtures.approvedListing("SK");
        RevisionRef revision = RevisionRef.of(listing.revision().id());
        Credentials buyer = fixtures.user(Role.BUYER);
        assertThat(api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "SK")).status()).isEqualTo(201);

        clock.travel(Duration.ofDays(5));
        assertThat(watch.watch().ran()).isTrue();
        assertThat(watch.warnings(List.of(revision))).as("95 days ahead: no warning yet").isEmpty();

        clock.travel(Duration.ofDays(10));
        assertThat(watch.watch().ran()).isTrue();
        assertThat(watch.warnings(List.of(revision)))
                .containsExactly(new ExpiryWatch.ExpiryWarning(revision, registrationEnds));
        assertThat(watch.watch().ran()).as("a second node, the same day").isFalse();
        assertThat(mails.byKey("expiry:" + revision.id() + ":" + registrationEnds + ":to:" + listing.maker().id()))
                .as("the team is told by e-mail").get().extracting(Mails.QueuedMail::recipient).isEqualTo(listing.maker().email());
        String dashboard = api.get("/teams/" + listing.team().slug() + "?lang=en", api.signIn(listing.maker()).headers()).body();
        assertThat(dashboard).contains("An approval lapses on " + registrationEnds);
        assertThat(api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "SK")).status()).isEqualTo(201);

        clock.travel(Duration.ofDays(86));
        assertThat(reviews.review(revision).orElseThrow().status()).as("until the watch runs").isEqualTo(ReviewStatus.APPROVED);
        assertThat(watch.watch().ran()).isTrue();
        assertThat(reviews.review(revision).orElseThrow().status()).isEqualTo(ReviewStatus.SUSPENDED);
        assertThat(api.get("/api/v1/boards/" + listing.board().slug()).json().get("revisions").get(0).get("reviewStatus")
                .asString()).isEqualTo("SUSPENDED");
        assertThat(api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "SK")).codes("reasons"))
                .contains("APPROVAL_SUSPENDED");
    }

    @Test
    void anExemptionsExpiryIsTheApprovalsNextExpiryAndSuspendsItEverywhere() {
        DossierFixtures.CompleteDossier exempt = Fixtures.completeDossier().withExemption("6(b)-II", 3);
        LocalDate exemptionEnds = exempt.exemptionEnds();
        Fixtures.Listing listing = fixtures.approvedListing(exempt, "FR", "DE");
        RevisionRef revision = RevisionRef.of(listing.revision().id());
        assertThat(reviews.review(revision).orElseThrow().nextExpiry()).contains(exemptionEnds);
        Credentials buyer = fixtures.user(Role.BUYER);

        clock.travelTo(exemptionEnds.minusDays(89));
        assertThat(watch.watch().ran()).isTrue();
        assertThat(watch.warnings(List.of(revision)))
                .containsExactly(new ExpiryWatch.ExpiryWarning(revision, exemptionEnds));
        assertThat(api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "DE")).status()).isEqualTo(201);

        clock.travelTo(exemptionEnds.plusDays(1));
        assertThat(watch.watch().ran()).isTrue();
        assertThat(reviews.review(revision).orElseThrow().status()).isEqualTo(ReviewStatus.SUSPENDED);
        for (String country : List.of("FR", "DE")) {
            assertThat(api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, country)).codes("reasons"))
                    .contains("APPROVAL_SUSPENDED", "EVIDENCE_EXPIRED");
        }
    }

    @Test
    void renewingARegistrationMovesTheLapseDayOfTheApprovalsStandingThere() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        register.record(new RegisterWeee("LT", "LT-1", "Open Space Makers", today.plusDays(40), "Test atstovas UAB",
                "Mandate LT-1", "a Lithuanian scheme", EnumSet.of(WeeeCategory.SMALL), true, true));
        Fixtures.Listing listing = fixtures.approvedListing("LT");
        RevisionRef revision = RevisionRef.of(listing.revision().id());
        assertThat(reviews.review(revision).orElseThrow().nextExpiry()).contains(today.plusDays(40));

        register.record(new RegisterWeee("LT", "LT-1", "Open Space Makers", today.plusDays(500), "Test atstovas UAB",
                "Mandate LT-1", "a Lithuanian scheme", EnumSet.of(WeeeCategory.SMALL), true, true));
        assertThat(reviews.review(revision).orElseThrow().nextExpiry()).contains(today.plusDays(500));
        assertThat(reviews.review(revision).orElseThrow().status()).isEqualTo(ReviewStatus.APPROVED);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
