package org.openspacemakers.marketplace.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
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

    record ApproveRequest(List<String> countries, List<BuyerType> buyerTypes, List<OfferKind> offerKinds,
            String reason) {
    }

    record ScopeJson(Set<OfferKind> offerKinds, List<String> countries, Set<BuyerType> buyerTypes) {
    }

    record DecisionJson(String kind, UUID actor, Instant at, String reason) {
    }

    record ReviewJson(UUID revisionId, ReviewStatus status, Instant submittedAt, ScopeJson scope,
            List<DecisionJson> decisions) {

        static ReviewJson of(ReviewState state) {
            return new ReviewJson(state.revision().id(), state.status(), state.submittedAt(),
                    state.scope().map(s -> new ScopeJson(s.offerKinds(),
                            s.countries().stream().map(CountryCode::value).sorted().toList(), s.buyerTypes())).orElse(null),
                    state.decisions().stream().map(d -> new DecisionJson(d.kind(), d.actor(), d.at(), d.reason())).toList());
        }
    }

    @PostMapping("/start")
    @Operation(summary = "Take a submitted revision from the queue: SUBMITTED -> IN_REVIEW")
    ReviewJson start(@PathVariable String revisionId, @AuthenticationPrincipal SignedInUser reviewer) {
        return ReviewJson.of(desk.start(id(revisionId), reviewer.id()));
    }

    @PostMapping("/approve")
    @Operation(summary = "Approve a revision under review for the given scope: IN_REVIEW -> APPROVED")
    ReviewJson approve(@PathVariable String revisionId, @RequestBody ApproveRequest request,
            @AuthenticationPrincipal SignedInUser reviewer) {
        return ReviewJson.of(desk.approve(id(revisionId), reviewer.id(), request.countries(), request.buyerTypes(),
                request.offerKinds(), request.reason()));
    }

    private static UUID id(String revisionId) {
        try {
            return UUID.fromString(revisionId);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
    }
}
