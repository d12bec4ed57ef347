package org.openspacemakers.marketplace.catalog;

import java.util.List;

/** A board with its team and its revisions, newest first, each with its offers. */
public record BoardDetails(Board board, Team team, List<RevisionOffers> revisions) {

    /** A revision and the offers it is sold under. */
    public record RevisionOffers(Revision revision, List<Offer> offers) {
    }
}
