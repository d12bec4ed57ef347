package org.openspacemakers.marketplace.compliance.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.ApprovalScope;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.ReviewStatusChanged;
import org.openspacemakers.marketplace.compliance.ReviewScopeNarrowed;
import org.openspacemakers.marketplace.compliance.ReviewTransitionRefused;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleRequest;
import org.openspacemakers.marketplace.compliance.ScopeAmendment;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The compliance review of one board revision. It owns its state machine: each decision checks
 * the current status, appends to the decision log and announces the new status.
 *
 * <p>Longer than most classes on purpose: it is the whole state machine, every transition with its
 * guard and its log entry, and reads best in one place.
 */
@Entity
@Table(name = "reviews")
public class Review extends AbstractAggregateRoot<Review> {

    @Id
    private UUID id;

    @Column(name = "revision_id", nullable = false, updatable = false, unique = true)
    private UUID revisionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_scope_offer_kinds", joinColumns = @JoinColumn(name = "review_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "offer_kind")
    private Set<OfferKind> offerKinds = new HashSet<>();

    /**
     * The approved countries, each with the day its approval lapses ({@link #OPEN_ENDED} when
     * nothing in scope there expires: Hibernate does not store a map entry whose value is null).
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_scope_countries", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "country")
    @Column(name = "valid_until")
    private Map<String, LocalDate> countries = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_scope_buyer_types", joinColumns = @JoinColumn(name = "review_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "buyer_type")
    private Set<BuyerType> buyerTypes = new HashSet<>();

    @OneToMany(cascade = {CascadeType.PERSIST, CascadeType.MERGE}, fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id", nullable = false, updatable = false)
    @OrderBy("decidedAt, sequence")
    private List<ReviewDecision> decisions = new ArrayList<>();

    @Version
    private Long version;

    /** The lapse day of a country where nothing in scope expires. */
    static final LocalDate OPEN_ENDED = LocalDate.of(9999, 12, 31);

    protected Review() {
        // for JPA
    }

    private Review(RevisionRef revision, UUID submitter, Instant at) {
        this.id = UUID.randomUUID();
        this.revisionId = revision.id();
        this.submittedAt = at;
        moveTo(ReviewStatus.SUBMITTED, ReviewDecision.Kind.SUBMITTED, submitter, at, "submitted for review");
    }

    /** A team hands a revision in for review. */
    public static Review submit(RevisionRef revision, UUID submitter, Instant at) {
        return new Review(revision, submitter, at);
    }

    /** The team hands the revision in again, after the changes a reviewer asked for. */
    public void resubmit(UUID submitter, Instant at) {
        requireStatus("submit again", ReviewStatus.CHANGES_REQUESTED);
        moveTo(ReviewStatus.SUBMITTED, ReviewDecision.Kind.SUBMITTED, submitter, at, "submitted again after changes");
    }

    /** A reviewer takes the revision from the queue. */
    public void startReview(UUID reviewer, Instant at) {
        requireStatus("start", ReviewStatus.SUBMITTED);
        moveTo(ReviewStatus.IN_REVIEW, ReviewDecision.Kind.REVIEW_STARTED, reviewer, at, "review started");
    }

    /** A reviewer sends the revision back to its team, saying what to change, item by item. */
    public void requestChanges(UUID reviewer, String reason, List<ReviewComment> comments, Instant at) {
        requireStatus("request changes on", ReviewStatus.IN_REVIEW);
        moveTo(ReviewStatus.CHANGES_REQUESTED, ReviewDecision.Kind.CHANGES_REQUESTED, reviewer, at, reason, comments);
    }

    /** A reviewer refuses the revision for good. */
    public void reject(UUID reviewer, String reason, Instant at) {
        requireStatus("reject", ReviewStatus.IN_REVIEW);
        moveTo(ReviewStatus.REJECTED, ReviewDecision.Kind.REJECTED, reviewer, at, reason);
    }

    /** The approval is put on hold: evidence expired or lapsed. */
    public void suspend(UUID actor, String reason, Instant at) {
        requireStatus("suspend", ReviewStatus.APPROVED);
        moveTo(ReviewStatus.SUSPENDED, ReviewDecision.Kind.SUSPENDED, actor, at, reason);
    }

    /** A reviewer takes a suspended approval up again, to approve it anew or decide otherwise. */
    public void resumeReview(UUID reviewer, String reason, Instant at) {
        requireStatus("resume the review of", ReviewStatus.SUSPENDED);
        moveTo(ReviewStatus.IN_REVIEW, ReviewDecision.Kind.REVIEW_RESUMED, reviewer, at, reason);
    }

    /** A newer revision of the same board was approved: this one takes no new orders. */
    public void supersede(UUID actor, String reason, Instant at) {
        requireStatus("supersede", ReviewStatus.APPROVED);
        moveTo(ReviewStatus.SUPERSEDED, ReviewDecision.Kind.SUPERSEDED, actor, at, reason);
    }

    /** The approval is withdrawn for good: a safety issue, a recall, false evidence. */
    public void revoke(UUID reviewer, String reason, Instant at) {
        requireStatus("revoke", ReviewStatus.APPROVED, ReviewStatus.SUSPENDED);
        moveTo(ReviewStatus.REVOKED, ReviewDecision.Kind.REVOKED, reviewer, at, reason);
    }

    /** A reviewer approves the revision for sale within the given scope. */
    public void approve(UUID reviewer, ApprovalScope scope, String reason, Instant at) {
        approve(reviewer, scope, Map.of(), reason, at);
    }

    /**
     * A reviewer approves the revision for sale within the given scope; each country's approval
     * lapses on the day given for it (the earliest expiry of what is in scope there).
     */
    public void approve(UUID reviewer, ApprovalScope scope, Map<CountryCode, LocalDate> validity, String reason,
            Instant at) {
        approve(reviewer, scope, validity, java.util.Set.of(), Map.of(), reason, at);
    }

    /**
     * Approves, recording the checklist items the reviewer confirmed and the evidence hashes the
     * approval saw (the dossier's completeness is checked before, by {@code Compliance}).
     */
    public void approve(UUID reviewer, ApprovalScope scope, Map<CountryCode, LocalDate> validity,
            Set<org.openspacemakers.marketplace.compliance.ChecklistItem> checklist, Map<String, String> evidence,
            String reason, Instant at) {
        requireStatus("approve", ReviewStatus.IN_REVIEW);
        offerKinds.clear();
        offerKinds.addAll(scope.offerKinds());
        countries.clear();
        scope.countries().forEach(country -> countries.put(country.value(), validity.getOrDefault(country, OPEN_ENDED)));
        buyerTypes.clear();
        buyerTypes.addAll(scope.buyerTypes());
        moveTo(ReviewStatus.APPROVED, ReviewDecision.Kind.APPROVED, reviewer, at, reason);
        decisions.get(decisions.size() - 1).seeing(checklist, evidence);
    }

    /**
     * A reviewer amends an approval's scope: the countries added (each lapsing on the day given for
     * it) start selling, those removed stop at once; at least one country stays (to stop every sale,
     * suspend or revoke). The log entry names each country added and removed. The order module hears
     * of the countries removed ({@link ReviewScopeNarrowed}) and holds their open orders.
     */
    public void amendScope(UUID reviewer, Map<CountryCode, LocalDate> added, Set<CountryCode> removed, String reason,
            Instant at) {
        requireStatus("amend the scope of", ReviewStatus.APPROVED);
        requireReason(reason);
        if (added.isEmpty() && removed.isEmpty()) {
            throw new InvalidInput("addCountries", "invalid.scopeUnchanged");
        }
        if (added.keySet().stream().anyMatch(removed::contains)) {
            throw new InvalidInput("addCountries", "invalid.scopeBoth");
        }
        if (added.keySet().stream().anyMatch(country -> countries.containsKey(country.value()))) {
            throw new InvalidInput("addCountries", "invalid.alreadyInScope");
        }
        if (removed.stream().anyMatch(country -> !countries.containsKey(country.value()))) {
            throw new InvalidInput("removeCountries", "invalid.notInScope");
        }
        if (added.isEmpty() && removed.size() >= countries.size()) {
            throw new InvalidInput("removeCountries", "invalid.scopeEmpty");
        }
        List<ReviewComment> changes = new ArrayList<>();
        added.keySet().stream().map(CountryCode::value).sorted().forEach(code -> changes.add(new ReviewComment(ScopeAmendment.COUNTRY_ADDED, code)));
        removed.stream().map(CountryCode::value).sorted().forEach(code -> changes.add(new ReviewComment(ScopeAmendment.COUNTRY_REMOVED, code)));
        removed.forEach(country -> countries.remove(country.value()));
        added.forEach((country, day) -> countries.put(country.value(), day == null ? OPEN_ENDED : day));
        moveTo(ReviewStatus.APPROVED, ReviewDecision.Kind.SCOPE_AMENDED, reviewer, at, reason, changes);
        if (!removed.isEmpty()) {
            registerEvent(new ReviewScopeNarrowed(revision(), Set.copyOf(removed)));
        }
    }

    /** The approved countries, each with the day its approval there lapses (empty: nothing in scope there expires). */
    public Map<CountryCode, Optional<LocalDate>> countryValidity() {
        if (status != ReviewStatus.APPROVED) {
            return Map.of();
        }
        Map<CountryCode, Optional<LocalDate>> validity = new HashMap<>();
        countries.forEach((code, day) -> validity.put(CountryCode.of(code),
                OPEN_ENDED.equals(day) ? Optional.empty() : Optional.of(day)));
        return validity;
    }

    /** The refusals that this review's status and scope give for a sale; empty when it covers it. */
    public List<Refusal> refusalsFor(SaleRequest request) {
        if (status == ReviewStatus.SUSPENDED || status == ReviewStatus.REVOKED) {
            return List.of(Refusal.of(RefusalCode.APPROVAL_SUSPENDED, status));
        }
        boolean covered = status == ReviewStatus.APPROVED || (status == ReviewStatus.SUPERSEDED && request.alreadySold());
        if (!covered) {
            return List.of(Refusal.of(RefusalCode.NOT_APPROVED, status));
        }
        List<Refusal> refusals = new ArrayList<>();
        if (!offerKinds.contains(request.offerKind())) {
            refusals.add(Refusal.of(RefusalCode.NOT_APPROVED, request.offerKind()));
        }
        if (!countries.containsKey(request.destination().value())) {
            refusals.add(Refusal.inCountry(RefusalCode.NOT_APPROVED_FOR_COUNTRY, request.destination()));
        }
        if (!buyerTypes.contains(request.buyerType())) {
            refusals.add(Refusal.of(RefusalCode.NOT_APPROVED_FOR_BUYER_TYPE, request.buyerType()));
        }
        return refusals;
    }

    /** The earliest day the approval lapses somewhere, if anything in scope expires. */
    public Optional<LocalDate> nextExpiry() {
        return status == ReviewStatus.APPROVED
                ? countries.values().stream().filter(day -> !OPEN_ENDED.equals(day)).min(LocalDate::compareTo)
                : Optional.empty();
    }

    /**
     * The daily watch: countries whose approval lapsed before {@code today} leave the scope; with
     * none left, the whole approval is suspended. Returns whether anything changed.
     */
    public boolean lapse(LocalDate today, UUID actor, Instant at) {
        if (status != ReviewStatus.APPROVED) {
            return false;
        }
        List<String> lapsed = countries.entrySet().stream()
                .filter(e -> e.getValue().isBefore(today))
                .map(Map.Entry::getKey).sorted().toList();
        if (lapsed.isEmpty()) {
            return false;
        }
        if (lapsed.size() == countries.size()) {
            moveTo(ReviewStatus.SUSPENDED, ReviewDecision.Kind.SUSPENDED, actor, at,
                    "approval lapsed in " + String.join(", ", lapsed) + ": what was in scope there expired");
        } else {
            lapsed.forEach(countries::remove);
            moveTo(ReviewStatus.APPROVED, ReviewDecision.Kind.COUNTRIES_SUSPENDED, actor, at,
                    "approval lapsed in " + String.join(", ", lapsed) + "; it stands elsewhere");
        }
        return true;
    }

    /** Whether an approval stands in the country. */
    public boolean approvedFor(CountryCode country) {
        return status == ReviewStatus.APPROVED && countries.containsKey(country.value());
    }

    /**
     * The registers changed: the approval in the country now lapses on this day (empty: nothing in
     * scope there expires). Not a reviewer's decision, so not logged; returns whether the day moved.
     */
    public boolean revalidate(CountryCode country, Optional<LocalDate> lapsesOn) {
        if (!approvedFor(country)) {
            return false;
        }
        LocalDate day = lapsesOn.orElse(OPEN_ENDED);
        return !day.equals(countries.put(country.value(), day));
    }

    /** The longest reason a decision gives, in characters. */
    public static final int MAX_REASON = 2000;

    /** Every decision says why, in 1 to {@value #MAX_REASON} characters; returns the reason stripped. */
    public static String requireReason(String reason) {
        if (!isValidReason(reason)) {
            throw new InvalidInput("reason", "invalid.reason", MAX_REASON);
        }
        return reason.strip();
    }

    public static boolean isValidReason(String reason) {
        return reason != null && !reason.isBlank() && reason.strip().length() <= MAX_REASON;
    }

    public UUID id() {
        return id;
    }

    public RevisionRef revision() {
        return RevisionRef.of(revisionId);
    }

    public ReviewStatus status() {
        return status;
    }

    public ReviewState state() {
        Optional<ApprovalScope> scope = status == ReviewStatus.APPROVED
                ? Optional.of(new ApprovalScope(EnumSet.copyOf(offerKinds),
                        countries.keySet().stream().map(CountryCode::of).collect(Collectors.toSet()),
                        EnumSet.copyOf(buyerTypes)))
                : Optional.empty();
        List<ReviewState.Decision> log = decisions.stream()
                .map(d -> new ReviewState.Decision(d.kind().name(), d.actor(), d.decidedAt(), d.reason(),
                        d.comments().stream().map(c -> new ReviewState.Comment(c.item(), c.comment())).toList(),
                        d.checklist(), d.evidence()))
                .toList();
        return new ReviewState(revision(), status, submittedAt, scope, log, nextExpiry());
    }

    private void requireStatus(String attempted, ReviewStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new ReviewTransitionRefused(status, attempted);
        }
    }

    private void moveTo(ReviewStatus next, ReviewDecision.Kind kind, UUID actor, Instant at, String reason) {
        moveTo(next, kind, actor, at, reason, List.of());
    }

    private void moveTo(ReviewStatus next, ReviewDecision.Kind kind, UUID actor, Instant at, String reason,
            List<ReviewComment> comments) {
        requireReason(reason);
        this.status = next;
        this.decisions.add(new ReviewDecision(kind, actor, at, decisions.size(), reason.strip(), comments));
        registerEvent(new ReviewStatusChanged(revision(), next));
    }
}
