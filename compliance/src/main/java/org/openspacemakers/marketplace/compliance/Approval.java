package org.openspacemakers.marketplace.compliance;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.review.Review;
import org.openspacemakers.marketplace.refusal.InputChecks;

/**
 * A reviewer's approval as asked: the countries by code, the kinds of buyer, the offer kinds (none:
 * every kind the revision is offered as), the checklist items ticked ({@code null}: all that apply)
 * and why.
 */
public record Approval(List<String> countries, List<BuyerType> buyerTypes, List<OfferKind> offerKinds,
        Set<ChecklistItem> checklist, String reason) {

    /** The offer kinds an approval covers when none are named: those offered, or every kind while none is. */
    static Set<OfferKind> defaultKinds(Set<OfferKind> offered) {
        return offered.isEmpty() ? EnumSet.allOf(OfferKind.class) : Set.copyOf(offered);
    }

    /**
     * The scope this approval covers, given the kinds the revision is offered as; refused with every
     * field at fault (a country that is not an EU member state, no kind of buyer, no reason...).
     */
    ApprovalScope scope(Set<OfferKind> offered) {
        InputChecks checks = new InputChecks();
        if (checks.check(countries != null && !countries.isEmpty(), "countries", "invalid.countries")) {
            for (int i = 0; i < countries.size(); i++) {
                String country = countries.get(i);
                if (checks.check(country != null && CountryCode.isValid(country), "countries[" + i + "]", "invalid.country")) {
                    checks.check(CountryCode.of(country).isEu(), "countries[" + i + "]", "invalid.euCountry");
                }
            }
        }
        checks.check(buyerTypes != null && !buyerTypes.isEmpty() && noneNull(buyerTypes), "buyerTypes", "invalid.buyerTypes");
        checks.check(offerKinds == null || noneNull(offerKinds), "offerKinds", "invalid.choice");
        checks.check(checklist == null || noneNull(checklist), "checklist", "invalid.choice");
        checks.check(Review.isValidReason(reason), "reason", "invalid.reason", Review.MAX_REASON);
        checks.done();
        Set<OfferKind> kinds = offerKinds == null || offerKinds.isEmpty() ? defaultKinds(offered) : Set.copyOf(offerKinds);
        return new ApprovalScope(kinds,
                countries.stream().map(CountryCode::of).collect(Collectors.toSet()), Set.copyOf(buyerTypes));
    }

    /** Whether no element is null (a JSON list may hold one; immutable lists refuse to be asked). */
    private static boolean noneNull(Collection<?> values) {
        return values.stream().allMatch(Objects::nonNull);
    }
}
