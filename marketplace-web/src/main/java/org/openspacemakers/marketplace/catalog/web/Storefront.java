package org.openspacemakers.marketplace.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openspacemakers.marketplace.catalog.BoardDetails;
import org.openspacemakers.marketplace.catalog.Catalog;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.Offer;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.SaleEligibility;
import org.openspacemakers.marketplace.system.NotFound;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.springframework.stereotype.Component;

/**
 * What a buyer sees of a board, shared by the product page and the API: only revisions handed in
 * for review are public, and each offer says whether it can be ordered to the visitor's country.
 */
@Component
class Storefront {

    private final Catalog catalog;
    private final RefusalMessages refusals;

    Storefront(Catalog catalog, RefusalMessages refusals) {
        this.catalog = catalog;
        this.refusals = refusals;
    }

    record Product(BoardDetails details, List<PublicRevision> revisions) {
    }

    record PublicRevision(BoardDetails.RevisionOffers revision, List<PublicOffer> offers) {
    }

    /** An offer, and when a country was given, whether it can be ordered there and why not. */
    record PublicOffer(Offer offer, Money price, Optional<Boolean> eligible, List<RefusalMessages.Reason> reasons) {
    }

    Product product(String slug, Optional<CountryCode> country, BuyerType buyerType, Locale locale) {
        BoardDetails details = catalog.board(slug).orElseThrow(NotFound::new);
        List<PublicRevision> revisions = details.revisions().stream()
                .filter(r -> r.revision().reviewStatus() != ReviewStatus.DRAFT)
                .map(r -> new PublicRevision(r, r.offers().stream().map(o -> offer(o, country, buyerType, locale)).toList()))
                .toList();
        if (revisions.isEmpty()) {
            throw new NotFound();
        }
        return new Product(details, revisions);
    }

    private PublicOffer offer(Offer offer, Optional<CountryCode> country, BuyerType buyerType, Locale locale) {
        if (country.isEmpty()) {
            return new PublicOffer(offer, offer.price(), Optional.empty(), List.of());
        }
        SaleEligibility eligibility = catalog.eligibility(offer, country.get(), buyerType, Set.of());
        return new PublicOffer(offer, offer.price(), Optional.of(eligibility.isEligible()),
                refusals.explain(eligibility.reasons(), locale));
    }
}
