package org.openspacemakers.marketplace.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.system.BadRequest;
import org.openspacemakers.marketplace.system.NotFound;
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

    private final ReviewDesk desk;

    ReviewApi(ReviewDesk desk) {
        this.desk = desk;
    }

    /** {@code checklist}: the items the reviewer confirmed; omitted, the whole checklist that applies. */
    record ApproveRequest(List<String> countries, List<BuyerType> buyerTypes, List<OfferKind> offerKinds,
            String reason, List<ChecklistItem> checklist) {
    }

    /** A decision that only says why. */
    record DecisionRequest(String reason) {
    }

    record CommentJson(String item, String comment) {
    }

    record ChangesRequest(String reason, List<CommentJson> comments) {
    }

    record ScopeJson(Set<OfferKind> offerKinds, List<String> countries, Set<BuyerType> buyerTypes) {
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

        static ReviewJson of(ReviewState state) {
            return new ReviewJson(state.revision().id(), state.status(), state.submittedAt(),
                    state.scope().map(s -> new ScopeJson(s.offerKinds(),
                            s.countries().stream().map(CountryCode::value).sorted().toList(), s.buyerTypes())).orElse(null),
                    state.decisions().stream().map(DecisionJson::of).toList(), state.nextExpiry().orElse(null));
        }
    }

    @PostMapping("/start")
    @Operation(summary = "Take a submitted revision from the queue: SUBMITTED -> IN_REVIEW")
    ReviewJson start(@PathVariable String revisionId, @AuthenticationPrincipal SignedInUser reviewer) {
        return ReviewJson.of(desk.start(id(revisionId), reviewer.id()));
    }

    @PostMapping("/approve")
    @Operation(summary = "Approve a revision under review for the given scope, confirming the checklist (omitted: all of it): IN_REVIEW -> APPROVED")
    ReviewJson approve(@PathVariable String revisionId, @RequestBody ApproveRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        if (request.checklist() != null && request.checklist().contains(null)) {
            throw new BadRequest("checklist", "has an unknown checklist item");
        }
        Set<ChecklistItem> checklist = request.checklist() == null ? null
                : request.checklist().isEmpty() ? EnumSet.noneOf(ChecklistItem.class) : EnumSet.copyOf(request.checklist());
        return ReviewJson.of(desk.approve(id(revisionId), reviewer.id(), request.countries(), request.buyerTypes(),
                request.offerKinds(), checklist, request.reason()));
    }

    @PostMapping("/request-changes")
    @Operation(summary = "Send a revision under review back to its team, with comments per dossier item: IN_REVIEW -> CHANGES_REQUESTED")
    ReviewJson requestChanges(@PathVariable String revisionId, @RequestBody ChangesRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        List<CommentJson> comments = request.comments() == null ? List.of() : request.comments();
        for (int i = 0; i < comments.size(); i++) {
            CommentJson c = comments.get(i);
            if (c == null || blank(c.item(), 100) || blank(c.comment(), 2000)) {
                throw new BadRequest("comments[" + i + "]", "names its item (1 to 100 characters) and a comment (1 to 2000)");
            }
        }
        return ReviewJson.of(desk.decide(id(revisionId), reviewer.id(), reason(request.reason()),
                (revision, actor, why) -> desk.compliance().requestChanges(revision, actor, why, comments.stream()
                        .map(c -> new ReviewState.Comment(c.item(), c.comment())).toList())));
    }

    @PostMapping("/reject")
    @Operation(summary = "Refuse a revision under review for good: IN_REVIEW -> REJECTED")
    ReviewJson reject(@PathVariable String revisionId, @RequestBody DecisionRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        return ReviewJson.of(desk.decide(id(revisionId), reviewer.id(), reason(request.reason()), desk.compliance()::reject));
    }

    @PostMapping("/suspend")
    @Operation(summary = "Put an approval on hold: APPROVED -> SUSPENDED")
    ReviewJson suspend(@PathVariable String revisionId, @RequestBody DecisionRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        return ReviewJson.of(desk.decide(id(revisionId), reviewer.id(), reason(request.reason()), desk.compliance()::suspend));
    }

    @PostMapping("/resume")
    @Operation(summary = "Take a suspended approval up again: SUSPENDED -> IN_REVIEW")
    ReviewJson resume(@PathVariable String revisionId, @RequestBody DecisionRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        return ReviewJson.of(desk.decide(id(revisionId), reviewer.id(), reason(request.reason()),
                desk.compliance()::resumeReview));
    }

    @PostMapping("/revoke")
    @Operation(summary = "Withdraw an approval for good (safety issue, recall, false evidence): APPROVED or SUSPENDED -> REVOKED")
    ReviewJson revoke(@PathVariable String revisionId, @RequestBody DecisionRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        return ReviewJson.of(desk.decide(id(revisionId), reviewer.id(), reason(request.reason()), desk.compliance()::revoke));
    }

    private static String reason(String reason) {
        if (blank(reason, 2000)) {
            throw new BadRequest("reason", "says why, in 1 to 2000 characters");
        }
        return reason.strip();
    }

    private static boolean blank(String value, int max) {
        return value == null || value.isBlank() || value.strip().length() > max;
    }

    private static UUID id(String revisionId) {
        try {
            return UUID.fromString(revisionId);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
    }
}
