package org.openspacemakers.marketplace.compliance;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.review.Review;
import org.openspacemakers.marketplace.refusal.InputChecks;

/**
 * A reviewer's amendment of an approval's scope as asked: the countries to add and to remove, by
 * code (either list may be empty or omitted, not both), and why.
 */
public record ScopeAmendment(List<String> addCountries, List<String> removeCountries, String reason) {

    /** In the decision log, an amendment's comment naming a country added (the comment holds its code). */
    public static final String COUNTRY_ADDED = "COUNTRY_ADDED";
    /** In the decision log, an amendment's comment naming a country removed (the comment holds its code). */
    public static final String COUNTRY_REMOVED = "COUNTRY_REMOVED";

    /** The countries to add, refused with every field at fault (not an EU member state, no reason...). */
    Set<CountryCode> added() {
        check();
        return codes(addCountries);
    }

    Set<CountryCode> removed() {
        check();
        return codes(removeCountries);
    }

    void check() {
        InputChecks checks = new InputChecks();
        countries(checks, "addCountries", addCountries);
        countries(checks, "removeCountries", removeCountries);
        checks.check(Review.isValidReason(reason), "reason", "invalid.reason", Review.MAX_REASON);
        checks.done();
    }

    private static void countries(InputChecks checks, String field, List<String> codes) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            String country = codes.get(i);
            if (checks.check(country != null && CountryCode.isValid(country), field + "[" + i + "]", "invalid.country")) {
                checks.check(CountryCode.of(country).isEu(), field + "[" + i + "]", "invalid.euCountry");
            }
        }
    }

    private static Set<CountryCode> codes(List<String> codes) {
        return codes == null ? Set.of() : codes.stream().map(CountryCode::of).collect(Collectors.toSet());
    }
}
