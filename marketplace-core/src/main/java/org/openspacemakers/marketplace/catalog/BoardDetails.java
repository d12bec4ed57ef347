package org.openspacemakers.marketplace.catalog;

import java.util.List;
import java.util.Optional;

/** A board with its team and its revisions, newest first, each with its offers and its BOM. */
public record BoardDetails(Board board, Team team, List<RevisionOffers> revisions) {

    /** A revision, the offers it is sold under, and its bill of materials. */
    public record RevisionOffers(Revision revision, List<Offer> offers, List<BomEntry> bom) {

        /** The parts an assembly-only buyer has delivered to the workshop: every placed BOM line. */
        public List<BomEntry> partsToSupply() {
            return bom.stream().filter(entry -> !entry.doNotPlace()).toList();
        }
    }

    /** The revisions buyers may see (handed in for review), newest first. */
    public List<RevisionOffers> publicRevisions() {
        return revisions.stream().filter(r -> r.revision().isPublic()).toList();
    }

    /**
     * The revisions a product page shows, newest first: the public ones, and with the drafts too
     * for its team's preview.
     */
    public List<RevisionOffers> shownRevisions(boolean withDrafts) {
        return withDrafts ? revisions : publicRevisions();
    }

    /** The newest approved revision: the one the product page states the conformity of. */
    public Optional<RevisionOffers> newestApproved() {
        return Revision.newestApproved(revisions.stream().map(RevisionOffers::revision).toList())
                .flatMap(approved -> revisions.stream().filter(r -> r.revision() == approved).findFirst());
    }
}
