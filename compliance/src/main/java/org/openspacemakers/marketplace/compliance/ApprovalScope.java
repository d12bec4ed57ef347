package org.openspacemakers.marketplace.compliance;

import java.util.Set;

/** What an approval covers: the offer kinds, destination countries and kinds of buyer. */
public record ApprovalScope(Set<OfferKind> offerKinds, Set<CountryCode> countries, Set<BuyerType> buyerTypes) {

    public ApprovalScope {
        if (offerKinds == null || offerKinds.isEmpty()) {
            throw new IllegalArgumentException("an approval covers at least one offer kind");
        }
        if (countries == null || countries.isEmpty()) {
            throw new IllegalArgumentException("an approval covers at least one country");
        }
        if (buyerTypes == null || buyerTypes.isEmpty()) {
            throw new IllegalArgumentException("an approval covers at least one kind of buyer");
        }
        offerKinds = Set.copyOf(offerKinds);
        countries = Set.copyOf(countries);
        buyerTypes = Set.copyOf(buyerTypes);
    }
}
