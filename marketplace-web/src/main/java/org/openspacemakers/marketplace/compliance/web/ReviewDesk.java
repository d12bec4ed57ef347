package org.openspacemakers.marketplace.compliance.web;

import org.openspacemakers.marketplace.compliance.ChecklistItem;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.catalog.Catalog;
import org.openspacemakers.marketplace.catalog.Offer;
import org.openspacemakers.marketplace.compliance.ApprovalScope;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.system.BadRequest;
import org.openspacemakers.marketplace.system.FieldProblem;
import org.openspacemakers.marketplace.system.NotFound;
import org.springframework.stereotype.Component;

/** What the reviewer's API and pages share: finding the revision, and checking an approval's scope. */
@Component
class ReviewDesk {

    private final Catalog catalog;
    private final Compliance compliance;

    ReviewDesk(Catalog catalog, Compliance compliance) {
        this.catalog = catalog;
        this.compliance = compliance;
    }

    /** A decision of the kinds that only need a reason: compliance checks four eyes and the state. */
    interface Decision {
        ReviewState apply(RevisionRef revision, UUID reviewer, String reason);
    }

    ReviewState decide(UUID revisionId, UUID reviewer, String reason, Decision decision) {
        return decision.apply(known(revisionId), reviewer, reason);
    }

    Compliance compliance() {
        return compliance;
    }

    ReviewState start(UUID revisionId, UUID reviewer) {
        return compliance.startReview(known(revisionId), reviewer);
    }

    /** Approves with the scope asked, confirming the whole checklist (the API's approve call). */
    ReviewState approve(UUID revisionId, UUID reviewer, List<String> countries, List<BuyerType> buyerTypes,
            List<OfferKind> offerKinds, String reason) {
        return approve(revisionId, reviewer, countries, buyerTypes, offerKinds, null, reason);
    }

    /**
     * Approves with the scope asked; with no offer kinds named, every kind the revision is offered
     * as. {@code checklist}: the items the reviewer ticked ({@code null}: all that apply).
     */
    ReviewState approve(UUID revisionId, UUID reviewer, List<String> countries, List<BuyerType> buyerTypes,
            List<OfferKind> offerKinds, Set<ChecklistItem> checklist, String reason) {
        RevisionRef revision = known(revisionId);
        List<FieldProblem> problems = new ArrayList<>();
        if (countries == null || countries.isEmpty()) {
            problems.add(new FieldProblem("countries", "name at least one country"));
        } else {
            for (int i = 0; i < countries.size(); i++) {
                String country = countries.get(i);
                if (!CountryCode.isValid(country)) {
                    problems.add(new FieldProblem("countries[" + i + "]", "is not an ISO 3166-1 alpha-2 country code"));
                } else if (!CountryCode.of(country).isEu()) {
                    problems.add(new FieldProblem("countries[" + i + "]", "is not a member state of the EU"));
                }
            }
        }
        if (buyerTypes == null || buyerTypes.isEmpty() || buyerTypes.contains(null)) {
            problems.add(new FieldProblem("buyerTypes", "name at least one kind of buyer"));
        }
        if (offerKinds != null && offerKinds.contains(null)) {
            problems.add(new FieldProblem("offerKinds", "has an unknown offer kind"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "must not be blank"));
        } else if (reason.length() > 2000) {
            problems.add(new FieldProblem("reason", "has at most 2000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        Set<OfferKind> kinds = offerKinds == null || offerKinds.isEmpty() ? offeredKinds(revisionId) : Set.copyOf(offerKinds);
        ApprovalScope scope = new ApprovalScope(kinds,
                countries.stream().map(CountryCode::of).collect(Collectors.toSet()), Set.copyOf(buyerTypes));
        return compliance.approve(revision, reviewer, scope, checklist, reason.strip());
    }

    /** The kinds the revision is offered as; every kind when it has no offer yet. */
    Set<OfferKind> offeredKinds(UUID revisionId) {
        Set<OfferKind> kinds = catalog.boardOf(revisionId)
                .flatMap(board -> catalog.board(board.slug()))
                .stream()
                .flatMap(details -> details.revisions().stream())
                .filter(r -> r.revision().id().equals(revisionId))
                .flatMap(r -> r.offers().stream())
                .map(Offer::kind)
                .collect(Collectors.toSet());
        return kinds.isEmpty() ? EnumSet.allOf(OfferKind.class) : kinds;
    }

    private RevisionRef known(UUID revisionId) {
        return catalog.revision(revisionId).map(r -> RevisionRef.of(r.id())).orElseThrow(NotFound::new);
    }
}
