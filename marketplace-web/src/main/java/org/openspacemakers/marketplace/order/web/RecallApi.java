package org.openspacemakers.marketplace.order.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.order.Recall;
import org.openspacemakers.marketplace.order.Recalls;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recalls as JSON, for reviewers and administrators: a revision's recall (404 while its approval
 * was not revoked), and every recall. A buyer's e-mail address is given to administrators only.
 */
@RestController
@Tag(name = "Recalls")
class RecallApi {

    private final Recalls recalls;
    private final Accounts accounts;

    RecallApi(Recalls recalls, Accounts accounts) {
        this.recalls = recalls;
        this.accounts = accounts;
    }

    /** A recall: the revision, why, when, its units and the buyers told. */
    record RecallJson(UUID id, UUID revisionId, String board, String boardSlug, String revision, String bomHash,
            String reason, Instant openedAt, List<RecalledUnitJson> units, List<BuyerJson> buyers) {
    }

    /** A unit of the recalled revision, as the recall found it: shipped to its buyer, or blocked at the workshop. */
    record RecalledUnitJson(String serial, UUID orderId, String firmwareVersion, boolean passing, Instant shippedAt, boolean blocked) {
    }

    /** The buyer of an order with units of the revision, and the notice they were sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BuyerJson(UUID buyerId, String email, UUID orderId, String orderReference, String language,
            Recall.Action action, List<String> serials) {
    }

    @GetMapping("/api/v1/revisions/{revisionId}/recall")
    @Operation(summary = "Reviewers and administrators: the recall of a revoked revision, its units and buyers")
    RecallJson ofRevision(@PathVariable UUID revisionId, @AuthenticationPrincipal SignedInUser viewer) {
        return recalls.ofRevision(revisionId).map(recall -> json(recall, viewer)).orElseThrow(NotFound::new);
    }

    @GetMapping("/api/v1/recalls")
    @Operation(summary = "Reviewers and administrators: every recall, newest first")
    List<RecallJson> all(@AuthenticationPrincipal SignedInUser viewer) {
        return recalls.all().stream().map(recall -> json(recall, viewer)).toList();
    }

    @GetMapping("/api/v1/recalls/{recallId}")
    @Operation(summary = "Reviewers and administrators: one recall")
    RecallJson one(@PathVariable UUID recallId, @AuthenticationPrincipal SignedInUser viewer) {
        return recalls.byId(recallId).map(recall -> json(recall, viewer)).orElseThrow(NotFound::new);
    }

    private RecallJson json(Recall recall, SignedInUser viewer) {
        boolean administrator = viewer.hasRole(Role.ADMIN);
        return new RecallJson(recall.id(), recall.revisionId(), recall.boardName(), recall.boardSlug(),
                recall.revisionLabel(), recall.bomHash(), recall.reason(), recall.openedAt(),
                recall.units().stream().map(unit -> new RecalledUnitJson(unit.serial(), unit.orderId(), unit.firmwareVersion(),
                        unit.passing(), unit.shippedAt().orElse(null), unit.blocked())).toList(),
                recall.notices().stream().map(notice -> new BuyerJson(notice.buyerId(),
                        administrator ? accounts.byId(notice.buyerId()).map(User::email).orElse(null) : null,
                        notice.orderId(), notice.orderReference(), notice.language().getLanguage(), notice.action(),
                        notice.serials())).toList());
    }
}
