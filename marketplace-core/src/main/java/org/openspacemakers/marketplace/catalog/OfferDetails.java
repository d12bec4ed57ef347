package org.openspacemakers.marketplace.catalog;

/** An offer with the revision and board it sells, as an order needs them. */
public record OfferDetails(Offer offer, Revision revision, Board board) {
}
