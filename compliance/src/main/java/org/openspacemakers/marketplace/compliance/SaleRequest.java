package org.openspacemakers.marketplace.compliance;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The question put to compliance before anything is sold: may this revision, sold as this offer
 * kind, go to this country and this kind of buyer at this instant?
 *
 * @param acknowledgements warnings the buyer acknowledged (e.g. {@code EMC_CLASS_A})
 * @param suppliedParts    assembly-only: the parts the buyer declares to supply; empty means the
 *                         approved BOM's own parts
 * @param alreadySold      asked again for an order placed while the revision was approved (at
 *                         payment, before shipping): a revision superseded since by a newer one
 *                         still covers it, within its approval's scope (COMPLIANCE-DOMAIN.md)
 */
public record SaleRequest(RevisionRef revision, OfferKind offerKind, CountryCode destination,
        BuyerType buyerType, Set<String> acknowledgements, java.util.List<SuppliedPart> suppliedParts, Instant at,
        boolean alreadySold) {

    /** A new sale. */
    public SaleRequest(RevisionRef revision, OfferKind offerKind, CountryCode destination, BuyerType buyerType,
            Set<String> acknowledgements, java.util.List<SuppliedPart> suppliedParts, Instant at) {
        this(revision, offerKind, destination, buyerType, acknowledgements, suppliedParts, at, false);
    }

    /** A request with no parts declared (a full kit, or the approved BOM's own parts). */
    public SaleRequest(RevisionRef revision, OfferKind offerKind, CountryCode destination, BuyerType buyerType,
            Set<String> acknowledgements, Instant at) {
        this(revision, offerKind, destination, buyerType, acknowledgements, java.util.List.of(), at);
    }

    public SaleRequest {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(offerKind, "offerKind");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(buyerType, "buyerType");
        Objects.requireNonNull(at, "at");
        acknowledgements = acknowledgements == null ? Set.of() : Set.copyOf(acknowledgements);
        suppliedParts = suppliedParts == null ? java.util.List.of() : java.util.List.copyOf(suppliedParts);
    }
}
