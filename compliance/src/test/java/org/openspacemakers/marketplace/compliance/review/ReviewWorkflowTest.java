package org.openspacemakers.marketplace.compliance.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.compliance.ApprovalScope;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.ReviewTransitionRefused;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleRequest;

/** The whole workflow of COMPLIANCE-DOMAIN.md: every legal move, and illegal ones refused. */
class ReviewWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final RevisionRef revision = RevisionRef.of(UUID.randomUUID());
    private final UUID team = UUID.randomUUID();
    private final UUID reviewer = UUID.randomUUID();

    @Test
    void changesRequestedGoBackToTheTeamWithCommentsAndComeBackSubmitted() {
        Review review = inReview();
        review.requestChanges(reviewer, "see the comments", List.of(new ReviewComment("DOC", "sign the DoC")), NOW);
        assertThat(review.status()).isEqualTo(ReviewStatus.CHANGES_REQUESTED);
        assertThat(review.state().decisions().get(2).comments()).extracting(c -> c.item() + ": " + c.comment())
                .containsExactly("DOC: sign the DoC");
        assertThatThrownBy(() -> review.approve(reviewer, scope(), "ok", NOW)).isInstanceOf(ReviewTransitionRefused.class);

        review.resubmit(team, NOW);
        review.startReview(reviewer, NOW);
        review.approve(reviewer, scope(), "fixed", NOW);
        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void aRejectionIsFinal() {
        Review review = inReview();
        review.reject(reviewer, "unsafe design", NOW);
        assertThat(review.status().isFinal()).isTrue();
        assertThatThrownBy(() -> review.resubmit(team, NOW)).isInstanceOf(ReviewTransitionRefused.class);
        assertThatThrownBy(() -> review.startReview(reviewer, NOW)).isInstanceOf(ReviewTransitionRefused.class);
        assertThat(codes(review)).containsExactly(RefusalCode.NOT_APPROVED);
    }

    @Test
    void aSuspendedApprovalBlocksSalesUntilReviewedAgain() {
        Review review = approved();
        review.suspend(reviewer, "exemption expired", NOW);
        assertThat(codes(review)).containsExactly(RefusalCode.APPROVAL_SUSPENDED);
        assertThatThrownBy(() -> review.approve(reviewer, scope(), "ok", NOW)).isInstanceOf(ReviewTransitionRefused.class);

        review.resumeReview(reviewer, "new evidence arrived", NOW);
        review.approve(reviewer, scope(), "evidence renewed", NOW);
        assertThat(codes(review)).isEmpty();
    }

    @Test
    void revokingIsFinalFromApprovedOrSuspended() {
        Review approved = approved();
        approved.revoke(reviewer, "recall", NOW);
        assertThat(codes(approved)).containsExactly(RefusalCode.APPROVAL_SUSPENDED);
        assertThatThrownBy(() -> approved.resumeReview(reviewer, "again?", NOW)).isInstanceOf(ReviewTransitionRefused.class);

        Review suspended = approved();
        suspended.suspend(reviewer, "expired", NOW);
        suspended.revoke(reviewer, "false evidence", NOW);
        assertThat(suspended.status()).isEqualTo(ReviewStatus.REVOKED);
        assertThatThrownBy(() -> inReview().revoke(reviewer, "x", NOW)).isInstanceOf(ReviewTransitionRefused.class);
    }

    @Test
    void aSupersededApprovalTakesNoNewOrders() {
        Review review = approved();
        review.supersede(UUID.randomUUID(), "newer revision approved", NOW);
        assertThat(codes(review)).containsExactly(RefusalCode.NOT_APPROVED);
        assertThatThrownBy(() -> review.suspend(reviewer, "x", NOW)).isInstanceOf(ReviewTransitionRefused.class);
    }

    @Test
    void anApprovalLapsesCountryByCountryThenWholly() {
        Review review = inReview();
        LocalDate today = LocalDate.of(2026, 11, 26);
        review.approve(reviewer, new ApprovalScope(EnumSet.of(OfferKind.FULL_KIT),
                Set.of(CountryCode.of("FR"), CountryCode.of("DE")), EnumSet.allOf(BuyerType.class)),
                java.util.Map.of(CountryCode.of("FR"), today.plusDays(10), CountryCode.of("DE"), today.plusDays(500)), "ok", NOW);
        assertThat(review.nextExpiry()).contains(today.plusDays(10));
        assertThat(review.lapse(today.plusDays(10), UUID.randomUUID(), NOW)).as("valid through its last day").isFalse();

        assertThat(review.lapse(today.plusDays(11), UUID.randomUUID(), NOW)).isTrue();
        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(codes(review)).containsExactly(RefusalCode.NOT_APPROVED_FOR_COUNTRY);
        assertThat(review.nextExpiry()).contains(today.plusDays(500));

        assertThat(review.lapse(today.plusDays(501), UUID.randomUUID(), NOW)).isTrue();
        assertThat(review.status()).isEqualTo(ReviewStatus.SUSPENDED);
    }

    @Test
    void aCountryWithNothingThatExpiresNeverLapses() {
        Review review = approved();
        assertThat(review.nextExpiry()).isEmpty();
        assertThat(review.lapse(LocalDate.of(9000, 1, 1), UUID.randomUUID(), NOW)).isFalse();
        assertThat(review.state().scope()).isPresent();
    }

    @Test
    void everyDecisionSaysWhy() {
        Review review = inReview();
        assertThatThrownBy(() -> review.reject(reviewer, " ", NOW)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> review.reject(reviewer, "x".repeat(Review.MAX_REASON + 1), NOW))
                .isInstanceOf(InvalidInput.class);
        assertThat(review.status()).isEqualTo(ReviewStatus.IN_REVIEW);
    }

    private Review inReview() {
        Review review = Review.submit(revision, team, NOW);
        review.startReview(reviewer, NOW);
        return review;
    }

    private Review approved() {
        Review review = inReview();
        review.approve(reviewer, scope(), "complete", NOW);
        return review;
    }

    private static ApprovalScope scope() {
        return new ApprovalScope(EnumSet.of(OfferKind.FULL_KIT), Set.of(CountryCode.of("FR")), EnumSet.allOf(BuyerType.class));
    }

    private List<RefusalCode> codes(Review review) {
        return review.refusalsFor(new SaleRequest(revision, OfferKind.FULL_KIT, CountryCode.of("FR"), BuyerType.CONSUMER,
                Set.of(), NOW)).stream().map(Refusal::code).toList();
    }
}
