package org.openspacemakers.marketplace.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.dossier.Dossier;
import org.openspacemakers.marketplace.compliance.dossier.DossierRepository;
import org.openspacemakers.marketplace.compliance.review.Review;
import org.openspacemakers.marketplace.compliance.review.ReviewComment;
import org.openspacemakers.marketplace.compliance.review.ReviewRepository;
import org.openspacemakers.marketplace.refusal.InputChecks;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of board revisions: a team hands a revision in, a reviewer who is not of its team
 * takes it, approves it with the whole checklist or decides otherwise, each decision logged with
 * why. Every decision checks, in this order: the revision exists (404), the input (400), four
 * eyes (403), the review's state (409), and for an approval the dossier's gaps (409). A submission
 * is refused on the same gaps (409).
 */
@Service
public class Reviews {

    /** The store itself, as the actor of decisions no person made (a newer revision superseding, an expiry). */
    public static final UUID STORE = new UUID(0, 0);

    private final ReviewRepository reviews;
    private final DossierRepository dossiers;
    private final ApprovalValidity validity;
    private final Revisions revisions;
    private final Clock clock;

    Reviews(ReviewRepository reviews, DossierRepository dossiers, ApprovalValidity validity, Revisions revisions,
            Clock clock) {
        this.reviews = reviews;
        this.dossiers = dossiers;
        this.validity = validity;
        this.revisions = revisions;
        this.clock = clock;
    }

    /**
     * A team hands a revision in (again, after changes were requested): its dossier freezes, and it
     * joins the queue. Refused with every gap while the dossier is incomplete ({@link Dossier#freeze});
     * what only a reviewer decides (the checklist, the battery registrations of the countries
     * approved) waits for the approval.
     */
    @Transactional
    public ReviewState submit(RevisionSubject subject, UUID submitter) {
        RevisionRef revision = subject.revision();
        Dossier dossier = dossiers.findByRevisionId(revision.id()).orElseGet(() -> Dossier.start(revision, clock.instant()));
        dossier.freeze(subject, clock.instant());
        dossiers.save(dossier);
        Optional<Review> existing = reviews.findByRevisionId(revision.id());
        if (existing.isPresent()) {
            existing.get().resubmit(submitter, clock.instant());
            return reviews.save(existing.get()).state();
        }
        return reviews.save(Review.submit(revision, submitter, clock.instant())).state();
    }

    /** A reviewer takes a submitted revision; never one of their own team. */
    @Transactional
    public ReviewState startReview(RevisionRef revision, UUID reviewer) {
        requireRevision(revision);
        return decide(revision, reviewer, "start", review -> review.startReview(reviewer, clock.instant()));
    }

    /** A reviewer sends the revision back to its team, with comments per dossier item. */
    @Transactional
    public ReviewState requestChanges(RevisionRef revision, UUID reviewer, String reason, List<ReviewState.Comment> comments) {
        requireRevision(revision);
        InputChecks checks = new InputChecks();
        checks.check(Review.isValidReason(reason), "reason", "invalid.reason", Review.MAX_REASON);
        for (int i = 0; i < comments.size(); i++) {
            ReviewState.Comment comment = comments.get(i);
            checks.check(comment != null && ReviewComment.isValid(comment.item(), comment.comment()), "comments[" + i + "]",
                    "invalid.comment", ReviewComment.MAX_COMMENT);
        }
        checks.done();
        List<ReviewComment> itemComments = comments.stream().map(c -> new ReviewComment(c.item(), c.comment())).toList();
        return decide(revision, reviewer, "request changes on",
                review -> review.requestChanges(reviewer, reason, itemComments, clock.instant()));
    }

    @Transactional
    public ReviewState reject(RevisionRef revision, UUID reviewer, String reason) {
        return decide(revision, reviewer, reason, "reject", review -> review.reject(reviewer, reason, clock.instant()));
    }

    /**
     * READ COMMITTED: the decision's listeners lock the revision and then find every open sale of
     * it; a sale that committed while they waited for the lock must be seen, not a snapshot taken
     * before it.
     */
    @Transactional(isolation = org.springframework.transaction.annotation.Isolation.READ_COMMITTED)
    public ReviewState suspend(RevisionRef revision, UUID reviewer, String reason) {
        return decide(revision, reviewer, reason, "suspend", review -> review.suspend(reviewer, reason, clock.instant()));
    }

    @Transactional
    public ReviewState resumeReview(RevisionRef revision, UUID reviewer, String reason) {
        return decide(revision, reviewer, reason, "resume the review of",
                review -> review.resumeReview(reviewer, reason, clock.instant()));
    }

    /**
     * READ COMMITTED: the decision's listeners lock the revision and then find every open sale of
     * it; a sale that committed while they waited for the lock must be seen, not a snapshot taken
     * before it.
     */
    @Transactional(isolation = org.springframework.transaction.annotation.Isolation.READ_COMMITTED)
    public ReviewState revoke(RevisionRef revision, UUID reviewer, String reason) {
        return decide(revision, reviewer, reason, "revoke", review -> review.revoke(reviewer, reason, clock.instant()));
    }

    /** A newer revision of the same board was approved: the older approval takes no new orders. */
    @Transactional
    public void supersede(RevisionRef older, RevisionRef newer) {
        reviews.findByRevisionId(older.id())
                .filter(review -> review.status() == ReviewStatus.APPROVED)
                .ifPresent(review -> {
                    review.supersede(STORE, "superseded by the newer approved revision " + newer, clock.instant());
                    reviews.save(review);
                });
    }

    /**
     * A reviewer approves a revision under review for the scope asked, having ticked the checklist.
     * Refused with every gap when the dossier is incomplete, a battery ships without its producer
     * registration in a country, or an applicable checklist item is not ticked. Each country's
     * approval lapses on the earliest expiry of what is in scope there.
     */
    @Transactional
    public ReviewState approve(RevisionRef revision, UUID reviewer, Approval approval) {
        requireRevision(revision);
        ApprovalScope scope = approval.scope(revisions.offeredAs(revision));
        Review review = reviewOf(revision, reviewer, "approve");
        if (review.status() != ReviewStatus.IN_REVIEW) {
            throw new ReviewTransitionRefused(review.status(), "approve");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Dossier dossier = dossiers.findByRevisionId(revision.id()).orElseGet(() -> Dossier.start(revision, now));
        List<Refusal> gaps = new ArrayList<>(dossier.gaps(dossier.subject(), today));
        if (!revisions.pictured(revision)) {
            gaps.add(Refusal.of(RefusalCode.GPSR_INFO_INCOMPLETE, "product picture"));
        }
        Map<CountryCode, LocalDate> lapses = new HashMap<>();
        for (CountryCode country : scope.countries()) {
            if (dossier.batteryOnBoard()) {
                validity.batteryRefusal(country, today).ifPresent(gaps::add);
            }
            validity.lapseDay(dossier, country, today).ifPresent(day -> lapses.put(country, day));
        }
        List<ChecklistItem> applicable = dossier.checklist();
        Set<ChecklistItem> confirmed = approval.checklist() == null ? EnumSet.copyOf(applicable) : approval.checklist();
        applicable.stream().filter(item -> !confirmed.contains(item))
                .forEach(item -> gaps.add(Refusal.of(RefusalCode.CHECKLIST_INCOMPLETE, item)));
        if (!gaps.isEmpty()) {
            throw DossierIncomplete.onApproval(gaps);
        }
        Set<ChecklistItem> seen = confirmed.stream().filter(applicable::contains).collect(Collectors.toSet());
        review.approve(reviewer, scope, lapses, seen, dossier.evidenceHashes(), approval.reason().strip(), now);
        return reviews.save(review).state();
    }

    /**
     * A reviewer amends an approved revision's scope, with four eyes as for an approval: each
     * country added must pass the checks an approval for it would (the dossier's gaps, the product
     * picture, the battery registration there) and lapses as an approval there would; each country
     * removed stops selling at once (the gate reads the scope; the order module holds open orders to
     * it). READ COMMITTED for the same reason as a suspension: the listeners lock the revision and
     * must see every sale committed meanwhile.
     */
    @Transactional(isolation = org.springframework.transaction.annotation.Isolation.READ_COMMITTED)
    public ReviewState amendScope(RevisionRef revision, UUID reviewer, ScopeAmendment amendment) {
        requireRevision(revision);
        Set<CountryCode> added = amendment.added();
        Set<CountryCode> removed = amendment.removed();
        Review review = reviewOf(revision, reviewer, "amend the scope of");
        if (review.status() != ReviewStatus.APPROVED) {
            throw new ReviewTransitionRefused(review.status(), "amend the scope of");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<CountryCode, LocalDate> lapses = new HashMap<>();
        if (!added.isEmpty()) {
            Dossier dossier = dossiers.findByRevisionId(revision.id()).orElseGet(() -> Dossier.start(revision, now));
            List<Refusal> gaps = new ArrayList<>(dossier.gaps(dossier.subject(), today));
            if (!revisions.pictured(revision)) {
                gaps.add(Refusal.of(RefusalCode.GPSR_INFO_INCOMPLETE, "product picture"));
            }
            for (CountryCode country : added.stream().sorted(java.util.Comparator.comparing(CountryCode::value)).toList()) {
                if (dossier.batteryOnBoard()) {
                    validity.batteryRefusal(country, today).ifPresent(gaps::add);
                }
                lapses.put(country, validity.lapseDay(dossier, country, today).orElse(null));
            }
            if (!gaps.isEmpty()) {
                throw DossierIncomplete.onApproval(gaps);
            }
        }
        review.amendScope(reviewer, lapses, removed, amendment.reason().strip(), now);
        return reviews.save(review).state();
    }

    /** The countries of the revision's approval, each with the day it lapses there (empty: nothing in scope expires). */
    @Transactional(readOnly = true)
    public Map<CountryCode, Optional<LocalDate>> countryValidity(RevisionRef revision) {
        return reviews.findByRevisionId(revision.id()).map(Review::countryValidity).orElse(Map.of());
    }

    /** The offer kinds an approval of the revision covers when the reviewer names none. */
    @Transactional(readOnly = true)
    public Set<OfferKind> defaultOfferKinds(RevisionRef revision) {
        return Approval.defaultKinds(revisions.offeredAs(revision));
    }

    @Transactional(readOnly = true)
    public Optional<ReviewState> review(RevisionRef revision) {
        return reviews.findByRevisionId(revision.id()).map(Review::state);
    }

    /** Reviews waiting for a reviewer (submitted or under review), oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewState> queue() {
        return queue(EnumSet.of(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW));
    }

    /** Reviews in these statuses, oldest submission first. */
    @Transactional(readOnly = true)
    public List<ReviewState> queue(Set<ReviewStatus> statuses) {
        return reviews.findByStatusInOrderBySubmittedAtAsc(statuses).stream().map(Review::state).toList();
    }

    /** A decision that says why: the reason is checked before four eyes and the review's state. */
    private ReviewState decide(RevisionRef revision, UUID reviewer, String reason, String attempted,
            Consumer<Review> decision) {
        requireRevision(revision);
        Review.requireReason(reason);
        return decide(revision, reviewer, attempted, decision);
    }

    /** Four eyes first, then the review's own state machine, then saved (its events published). */
    private ReviewState decide(RevisionRef revision, UUID reviewer, String attempted, Consumer<Review> decision) {
        Review review = reviewOf(revision, reviewer, attempted);
        decision.accept(review);
        return reviews.save(review).state();
    }

    private void requireRevision(RevisionRef revision) {
        if (!revisions.exists(revision)) {
            throw new NotFound();
        }
    }

    private Review reviewOf(RevisionRef revision, UUID reviewer, String attempted) {
        if (revisions.madeBy(reviewer, revision)) {
            throw new ReviewerConflictOfInterest(revision);
        }
        return reviews.findByRevisionId(revision.id())
                .orElseThrow(() -> new ReviewTransitionRefused(ReviewStatus.DRAFT, attempted));
    }
}
