package org.openspacemakers.marketplace.compliance;

/**
 * Whether an offer can be ordered to a country on the conditions its revision sets, as a product
 * page or a destination list tells it before anyone orders: the gate's answer with the warnings
 * the revision asks for acknowledged, and the notices that say what the buyer will have to do (a
 * class A warning to acknowledge at checkout; for a listing sold to professionals only, buying as
 * a verified professional).
 */
public record SaleOutlook(SaleEligibility eligibility, SaleNotices notices) {

    public boolean orderable() {
        return eligibility.isEligible();
    }
}
