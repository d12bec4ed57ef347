package org.openspacemakers.marketplace.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.Approval;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.ScopeAmendment;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reviewer's decisions on a revision, as JSON. Reviewers only; never on their own team's work. */
@RestController
@RequestMapping("/api/v1/revisions/{revisionId}/review")
@Tag(name = "Compliance review")
class ReviewApi {

    private final Reviews reviews;

    ReviewApi(Reviews reviews) {
        this.reviews = reviews;
    }

    /** {@code checklist}: the items the reviewer confirmed; omitted, the whole checklist that applies. */
    record ApproveRequest(List<String> countries, List<BuyerType> buyerTypes, List<OfferKind> offerKinds,
            String reason, List<ChecklistItem> checklist) {
    }

    /** Countries to add to an approval and to remove from it, by code, and why. */
    record AmendScopeRequest(List<String> addCountries, List<String> removeCountries, String reason) {
    }

    /** A decision that only says why. */
    record DecisionRequest(String reason) {
    }

    record CommentJson(String item, String comment) {
    }

    record ChangesRequest(String reason, List<CommentJson> comments) {
    }

    /** {@code validUntil}: each country's last day of approval, null where nothing in scope there expires. */
    record ScopeJson(Set<OfferKind> offerKinds, List<String> countries, Set<BuyerType> buyerTypes,
            Map<String, LocalDate> validUntil) {
    }

    /**
     * One decision; an approval also lists the checklist items the reviewer confirmed and the
     * evidence it saw (dossier item to the SHA-256 of its file).
     */
    record DecisionJson(String kind, UUID actor, Instant at, String reason, List<CommentJson> comments,
            List<ChecklistItem> checklist, Map<String, String> evidence) {

        static DecisionJson of(ReviewState.Decision d) {
            return new DecisionJson(d.kind(), d.actor(), d.at(), d.reason(),
                    d.comments().stream().map(c -> new CommentJson(c.item(), c.comment())).toList(),
                    d.checklist() == null ? List.of() : d.checklist().stream().sorted().toList(),
                    d.evidence() == null ? Map.of() : new TreeMap<>(d.evidence()));
        }
    }

    /** {@code nextExpiry}: the day the earliest country of the approval lapses, if any. */
    record ReviewJson(UUID revisionId, ReviewStatus status, Instant submittedAt, ScopeJson scope,
            List<DecisionJson> decisions, LocalDate nextExpiry) {

        static ReviewJson of(ReviewState state, Map<CountryCode, java.util.Optional<LocalDate>> validity) {
            Map<String, LocalDate> until = new TreeMap<>();
            validity.forEach((country, day) -> until.put(country.value(), day.orElse(null)));
            return new ReviewJson(state.revision().id(), state.status(), state.submittedAt(),
                    state.scope().map(s -> new ScopeJson(s.offerKinds(),
                            s.countries().stream().map(CountryCode::value).sorted().toList(), s.buyerTypes(), until)).orElse(null),
                    state.decisions().stream().map(DecisionJson::of).toList(), state.nextExpiry().orElse(null));
        }
    }

    private ReviewJson json(ReviewState state) {
        return ReviewJson.of(state, reviews.countryValidity(state.revision()));
    }

    @PostMapping("/start")
    @Operation(summary = "Take a submitted revision from the queue: SUBMITTED -> IN_REVIEW")
    ReviewJson start(@PathVariable UUID revisionId, @AuthenticationPrincipal SignedInUser reviewer) {
        return json(reviews.startReview(RevisionRef.of(revisionId), reviewer.id()));
    }

    @PostMapping("/approve")
    @Operation(summary = "Approve a revision under review for the given scope, confirming the checklist (omitted: all of it): IN_REVIEW -> APPROVED")
    ReviewJson approve(@PathVariable UUID revisionId, @RequestBody ApproveRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        Set<ChecklistItem> checklist = request.checklist() == null ? null : new HashSet<>(request.checklist());
        return json(reviews.approve(RevisionRef.of(revisionId), reviewer.id(), new Approval(request.countries(),
                request.buyerTypes(), request.offerKinds(), checklist, request.reason())));
    }

    @PostMapping("/amend-scope")
    @Operation(summary = "Add countries to an approval or remove some, as a new decision: APPROVED -> APPROVED; sales to a country removed stop at once")
    ReviewJson amendScope(@PathVariable UUID revisionId, @RequestBody AmendScopeRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        return json(reviews.amendScope(RevisionRef.of(revisionId), reviewer.id(),
                new ScopeAmendment(request.addCountries(), request.removeCountries(), request.reason())));
    }

    @PostMapping("/request-changes")
    @Operation(summary = "Send a revision under review back to its team, with comments per dossier item: IN_REVIEW -> CHANGES_REQUESTED")
    ReviewJson requestChanges(@PathVariable UUID revisionId, @RequestBody ChangesRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        List<ReviewState.Comment> comments = request.comments() == null ? List.of() : request.comments().stream()
                .map(c -> c == null ? null : new ReviewState.Comment(c.item(), c.comment())).toList();
        return json(reviews.requestChanges(RevisionRef.of(revisionId), reviewer.id(), request.reason(), comments));
    }

    @PostMapping("/reject")
    @Operation(summary = "Refuse a revision under review for good: IN_REVIEW -> REJECTED")
    ReviewJson reject(@PathVariable UUID revisionId, @RequestBody DecisionRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        return json(reviews.reject(RevisionRef.of(revisionId), reviewer.id(), request.reason()));
    }

    @PostMapping("/suspend")
    @Operation(summary = "Put an approval on hold: APPROVED -> SUSPENDED")
    ReviewJson suspend(@PathVariable UUID revisionId, @RequestBody DecisionRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        return json(reviews.suspend(RevisionRef.of(revisionId), reviewer.id(), request.reason()));
    }

    @PostMapping("/resume")
    @Operation(summary = "Take a suspended approval up again: SUSPENDED -> IN_REVIEW")
    ReviewJson resume(@PathVariable UUID revisionId, @RequestBody DecisionRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        return json(reviews.resumeReview(RevisionRef.of(revisionId), reviewer.id(), request.reason()));
    }

    @PostMapping("/revoke")
    @Operation(summary = "Withdraw an approval for good (safety issue, recall, false evidence): APPROVED or SUSPENDED -> REVOKED")
    ReviewJson revoke(@PathVariable UUID revisionId, @RequestBody DecisionRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        return json(reviews.revoke(RevisionRef.of(revisionId), reviewer.id(), request.reason()));
    }
}
