package org.openspacemakers.marketplace.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistration;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistrationRepository;
import org.openspacemakers.marketplace.compliance.review.Review;
import org.openspacemakers.marketplace.compliance.review.ReviewRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance module's API: submitting revisions, reviewers' decisions, the WEEE register and
 * the sale-eligibility gate that every order, payment and product page asks.
 */
@Service
public class Compliance {

    private final ReviewRepository reviews;
    private final WeeeRegistrationRepository registrations;
    private final RevisionAuthors authors;
    private final Clock clock;

    Compliance(ReviewRepository reviews, WeeeRegistrationRepository registrations, RevisionAuthors authors,
            Clock clock) {
        this.reviews = reviews;
        this.registrations = registrations;
        this.authors = authors;
        this.clock = clock;
    }

    /** A team hands a revision in; it joins the reviewers' queue. */
    @Transactional
    public ReviewState submit(RevisionRef revision, UUID submitter) {
        if (reviews.findByRevisionId(revision.id()).isPresent()) {
            throw new ReviewTransitionRefused(ReviewStatus.SUBMITTED, "submit again");
        }
        return reviews.save(Review.submit(revision, submitter, clock.instant())).state();
    }

    /** A reviewer takes a submitted revision; never one of their own team. */
    @Transactional
    public ReviewState startReview(RevisionRef revision, UUID reviewer) {
        Review review = reviewOf(revision, reviewer, "start");
        review.startReview(reviewer, clock.instant());
        return reviews.save(review).state();
    }

    /** A reviewer approves a revision under review for the given scope; never one of their own team. */
    @Transactional
    public ReviewState approve(RevisionRef revision, UUID reviewer, ApprovalScope scope, String reason) {
        Review review = reviewOf(revision, reviewer, "approve");
        review.approve(reviewer, scope, reason, clock.instant());
        return reviews.save(review).state();
    }

    @Transactional(readOnly = true)
    public Optional<ReviewState> review(RevisionRef revision) {
        return reviews.findByRevisionId(revision.id()).map(Review::state);
    }

    /** Reviews waiting for a reviewer (submitted or under review), oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewState> queue() {
        return reviews.findByStatusInOrderBySubmittedAtAsc(EnumSet.of(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW))
                .stream().map(Review::state).toList();
    }

    /** May this sale be made? Eligible, or blocked with every reason that applies. */
    @Transactional(readOnly = true)
    public SaleEligibility eligibility(SaleRequest request) {
        List<Refusal> reasons = new ArrayList<>(reviews.findByRevisionId(request.revision().id())
                .map(review -> review.refusalsFor(request))
                .orElseGet(() -> List.of(Refusal.of(RefusalCode.NOT_APPROVED, ReviewStatus.DRAFT))));
        CountryCode destination = request.destination();
        if (!destination.isEu()) {
            reasons.add(Refusal.of(RefusalCode.OUTSIDE_EU, destination));
        } else {
            LocalDate day = LocalDate.ofInstant(request.at(), ZoneOffset.UTC);
            boolean registered = registrations.findByCountry(destination.value())
                    .filter(registration -> registration.coversOn(day))
                    .isPresent();
            if (!registered) {
                reasons.add(Refusal.of(RefusalCode.WEEE_NOT_REGISTERED, destination));
            }
        }
        return SaleEligibility.of(reasons);
    }

    /** Records (or replaces) the association's WEEE registration in a country. */
    @Transactional
    public void registerWeee(WeeeRegistration registration) {
        registrations.findByCountry(registration.country().value()).ifPresent(registrations::delete);
        registrations.flush();
        registrations.save(registration);
    }

    @Transactional(readOnly = true)
    public List<WeeeRegistration> weeeRegister() {
        return registrations.findAll();
    }

    private Review reviewOf(RevisionRef revision, UUID reviewer, String attempted) {
        if (authors.includes(reviewer, revision)) {
            throw new ReviewerConflictOfInterest(revision);
        }
        return reviews.findByRevisionId(revision.id())
                .orElseThrow(() -> new ReviewTransitionRefused(ReviewStatus.DRAFT, attempted));
    }
}
