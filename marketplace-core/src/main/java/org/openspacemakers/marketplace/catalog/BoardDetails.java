package org.openspacemakers.marketplace.catalog;

import java.util.List;

/** A board with its team and its revisions, newest first, each with its offers and its BOM. */
public record BoardDetails(Board board, Team team, List<RevisionOffers> revisions) {

    /** A revision, the offers it is sold under, and its bill of materials. */
    public record RevisionOffers(Revision revision, List<Offer> offers, List<BomEntry> bom) {
    }
}
