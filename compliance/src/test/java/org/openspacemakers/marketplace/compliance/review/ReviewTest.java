package org.openspacemakers.marketplace.compliance.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.ApprovalScope;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.ReviewTransitionRefused;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleRequest;

class ReviewTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final RevisionRef revision = RevisionRef.of(UUID.randomUUID());
    private final UUID maker = UUID.randomUUID();
    private final UUID reviewer = UUID.randomUUID();

    @Test
    void refusesApprovalBeforeTheReviewStarted() {
        Review review = Review.submit(revision, maker, NOW);
        assertThatThrownBy(() -> review.approve(reviewer, franceForConsumers(), "ok", NOW))
                .isInstanceOf(ReviewTransitionRefused.class);
        assertThat(review.status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(review.state().decisions()).hasSize(1);
    }

    @Test
    void refusesStartingTwice() {
        Review review = Review.submit(revision, maker, NOW);
        review.startReview(reviewer, NOW);
        assertThatThrownBy(() -> review.startReview(reviewer, NOW)).isInstanceOf(ReviewTransitionRefused.class);
    }

    @Test
    void anUnapprovedRevisionIsNotApprovedForAnySale() {
        Review review = Review.submit(revision, maker, NOW);
        assertThat(review.refusalsFor(sale(OfferKind.FULL_KIT, "FR", BuyerType.CONSUMER)))
                .extracting(Refusal::code).containsExactly(RefusalCode.NOT_APPROVED);
    }

    @Test
    void anApprovalCoversExactlyItsScopeAndLogsEveryDecision() {
        Review review = Review.submit(revision, maker, NOW);
        review.startReview(reviewer, NOW);
        review.approve(reviewer, franceForConsumers(), "dossier complete", NOW);

        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(review.refusalsFor(sale(OfferKind.FULL_KIT, "FR", BuyerType.CONSUMER))).isEmpty();
        assertThat(review.refusalsFor(sale(OfferKind.FULL_KIT, "DE", BuyerType.CONSUMER)))
                .containsExactly(Refusal.inCountry(RefusalCode.NOT_APPROVED_FOR_COUNTRY, "DE"));
        assertThat(review.refusalsFor(sale(OfferKind.FULL_KIT, "FR", BuyerType.PROFESSIONAL)))
                .extracting(Refusal::code).containsExactly(RefusalCode.NOT_APPROVED_FOR_BUYER_TYPE);
        assertThat(review.refusalsFor(sale(OfferKind.ASSEMBLY_ONLY, "IT", BuyerType.PROFESSIONAL)))
                .extracting(Refusal::code).containsExactly(RefusalCode.NOT_APPROVED,
                        RefusalCode.NOT_APPROVED_FOR_COUNTRY, RefusalCode.NOT_APPROVED_FOR_BUYER_TYPE);
        assertThat(review.state().decisions()).extracting(d -> d.kind())
                .containsExactly("SUBMITTED", "REVIEW_STARTED", "APPROVED");
        assertThat(review.state().decisions().get(2).reason()).isEqualTo("dossier complete");
    }

    @Test
    void aScopeNamesAtLeastOneOfEach() {
        assertThatThrownBy(() -> new ApprovalScope(Set.of(), Set.of(CountryCode.of("FR")), Set.of(BuyerType.CONSUMER)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountryCode.of("XX")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CountryCode.of("FR").isEu()).isTrue();
        assertThat(CountryCode.of("CH").isEu()).isFalse();
    }

    @Test
    void aScopeAmendmentAddsAndRemovesCountriesLogsThemAndAnnouncesTheCountriesRemoved() {
        Review review = Review.submit(revision, maker, NOW);
        review.startReview(reviewer, NOW);
        review.approve(reviewer, franceForConsumers(), "dossier complete", NOW);
        java.time.LocalDate germanyUntil = java.time.LocalDate.parse("2027-03-31");

        review.amendScope(reviewer, java.util.Map.of(CountryCode.of("DE"), germanyUntil), Set.of(CountryCode.of("FR")),
                "the French importer withdrew", NOW);

        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(review.refusalsFor(sale(OfferKind.FULL_KIT, "FR", BuyerType.CONSUMER)))
                .extracting(Refusal::code).containsExactly(RefusalCode.NOT_APPROVED_FOR_COUNTRY);
        assertThat(review.refusalsFor(sale(OfferKind.FULL_KIT, "DE", BuyerType.CONSUMER))).isEmpty();
        assertThat(review.countryValidity()).containsExactly(java.util.Map.entry(CountryCode.of("DE"),
                java.util.Optional.of(germanyUntil)));
        var last = review.state().decisions().get(review.state().decisions().size() - 1);
        assertThat(last.kind()).isEqualTo("SCOPE_AMENDED");
        assertThat(last.reason()).isEqualTo("the French importer withdrew");
        assertThat(last.comments()).extracting(c -> c.item() + " " + c.comment())
                .containsExactly("COUNTRY_ADDED DE", "COUNTRY_REMOVED FR");
    }

    @Test
    void aScopeAmendmentKeepsACountryAndIsOnlyForAnApproval() {
        Review review = Review.submit(revision, maker, NOW);
        review.startReview(reviewer, NOW);
        assertThatThrownBy(() -> review.amendScope(reviewer, java.util.Map.of(CountryCode.of("DE"),
                java.time.LocalDate.MAX), Set.of(), "more", NOW))
                .isInstanceOf(ReviewTransitionRefused.class);
        review.approve(reviewer, franceForConsumers(), "dossier complete", NOW);
        assertThatThrownBy(() -> review.amendScope(reviewer, java.util.Map.of(), Set.of(CountryCode.of("FR")), "stop", NOW))
                .isInstanceOf(org.openspacemakers.marketplace.refusal.InvalidInput.class);
        assertThatThrownBy(() -> review.amendScope(reviewer, java.util.Map.of(), Set.of(CountryCode.of("IT")), "not there", NOW))
                .isInstanceOf(org.openspacemakers.marketplace.refusal.InvalidInput.class);
        assertThat(review.approvedFor(CountryCode.of("FR"))).isTrue();
        assertThat(review.state().decisions()).extracting(ReviewState.Decision::kind).doesNotContain("SCOPE_AMENDED");
    }

    private static ApprovalScope franceForConsumers() {
        return new ApprovalScope(EnumSet.of(OfferKind.FULL_KIT), Set.of(CountryCode.of("FR")), Set.of(BuyerType.CONSUMER));
    }

    private SaleRequest sale(OfferKind kind, String country, BuyerType buyer) {
        return new SaleRequest(revision, kind, CountryCode.of(country), buyer, Set.of(), NOW);
    }
}
