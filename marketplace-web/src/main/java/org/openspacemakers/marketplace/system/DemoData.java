package org.openspacemakers.marketplace.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.Catalog;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.Slug;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.compliance.ApprovalScope;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo store of {@code API-CONTRACT.md} "Demo mode", built through the same public services
 * and transitions as real use (submit, start review, approve). Dates are relative to the load day.
 */
@Component
public class DemoData {

    public static final String PASSWORD = "demo-password";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Accounts accounts;
    private final Catalog catalog;
    private final Compliance compliance;
    private final Clock clock;

    DemoData(Accounts accounts, Catalog catalog, Compliance compliance, Clock clock) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.compliance = compliance;
        this.clock = clock;
    }

    /** Loads the demo unless it is already there; returns whether it loaded now. */
    public boolean loadOnce() {
        if (accounts.byEmail("admin@demo.test").isPresent()) {
            return false;
        }
        User buyer = user("buyer@demo.test", "Demo Buyer", Role.BUYER);
        User maker = user("maker@demo.test", "Demo Maker (thermocouple)", Role.MAKER);
        User maker2 = user("maker2@demo.test", "Demo Maker (padauk)", Role.MAKER);
        User reviewer = user("reviewer@demo.test", "Demo Reviewer", Role.REVIEWER);
        User reviewer2 = user("reviewer2@demo.test", "Demo Reviewer (padauk team)", Role.REVIEWER, Role.MAKER);
        user("admin@demo.test", "Demo Administrator", Role.ADMIN);

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        compliance.registerWeee(new WeeeRegistration(CountryCode.of("FR"), "FR-DEMO-000001",
                "Open Space Makers (association)", today.plusDays(400)));
        compliance.registerWeee(new WeeeRegistration(CountryCode.of("DE"), "DE 00000000 (demo)",
                "Demo authorised representative GmbH, mandated by Open Space Makers", today.plusDays(400)));

        Team thermocouple = catalog.createTeam(Slug.of("thermocouple"), "Thermocouple team", List.of(maker.id()));
        Board card = catalog.createBoard(thermocouple.id(), Slug.of("thermocouple-card"),
                "High-speed thermocouple card",
                "MAX31856-based thermocouple amplifier card for fast, precise temperature acquisition.",
                "TAPR-OHL-1.0", "https://github.com/LaskaKit/MAX31856_Thermocouple_Amplifier");
        Revision cardRevision = catalog.addRevision(card.id(), "1.0");
        catalog.addOffer(cardRevision.id(), OfferKind.FULL_KIT, Money.euros(14_900), 21);
        catalog.addOffer(cardRevision.id(), OfferKind.ASSEMBLY_ONLY, Money.euros(4_900), 14);
        catalog.submitForReview(cardRevision.id(), maker.id());
        compliance.startReview(RevisionRef.of(cardRevision.id()), reviewer.id());
        compliance.approve(RevisionRef.of(cardRevision.id()), reviewer.id(),
                new ApprovalScope(EnumSet.allOf(OfferKind.class), Set.of(CountryCode.of("FR"), CountryCode.of("DE")),
                        EnumSet.allOf(BuyerType.class)),
                "Dossier complete: EN IEC 61326-1, class B; WEEE registered in FR and DE.");

        Team padauk = catalog.createTeam(Slug.of("padauk"), "Padauk team", List.of(maker2.id(), reviewer2.id()));
        Board programmer = catalog.createBoard(padauk.id(), Slug.of("padauk-programmer"),
                "Padauk microcontroller programmer",
                "Easy PDK programmer: an open-source programmer for Padauk microcontrollers.",
                "CC-BY-SA-4.0", "https://github.com/free-pdk/easy-pdk-programmer-hardware");
        Revision programmerRevision = catalog.addRevision(programmer.id(), "1.2");
        catalog.addOffer(programmerRevision.id(), OfferKind.FULL_KIT, Money.euros(3_900), 28);
        catalog.submitForReview(programmerRevision.id(), maker2.id());

        log.info("Demo data loaded: sign in as {} (or maker, maker2, reviewer, reviewer2, admin @demo.test) "
                + "with the password '{}'", buyer.email(), PASSWORD);
        return true;
    }

    private User user(String email, String name, Role... roles) {
        return accounts.register(email, PASSWORD, name, EnumSet.copyOf(List.of(roles)));
    }
}
