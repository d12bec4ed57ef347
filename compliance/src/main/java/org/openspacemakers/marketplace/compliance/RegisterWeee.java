package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;
import java.util.Locale;
import org.openspacemakers.marketplace.refusal.InputChecks;

/**
 * An administrator records (or replaces) the association's WEEE registration in an EU member state,
 * held by the association or, where it has no establishment, by its authorised representative
 * acting under a written mandate (WEEE art. 17). Checks itself as typed, naming every field at
 * fault; texts are kept stripped, blank optional ones as null.
 */
public record RegisterWeee(String country, String registrationNumber, String holder, LocalDate validUntil,
        String authorisedRepresentative, String mandateReference, String complianceScheme) {

    public RegisterWeee {
        InputChecks checks = new InputChecks();
        country = euCountry(checks, country);
        registrationNumber = checks.text("registrationNumber", registrationNumber, 100);
        holder = checks.text("holder", holder, 200);
        checks.required("validUntil", validUntil);
        authorisedRepresentative = checks.optionalText("authorisedRepresentative", authorisedRepresentative, 200);
        mandateReference = checks.optionalText("mandateReference", mandateReference, 200);
        complianceScheme = checks.optionalText("complianceScheme", complianceScheme, 200);
        checks.check(authorisedRepresentative == null || mandateReference != null, "mandateReference", "invalid.mandate");
        checks.done();
    }

    public CountryCode countryCode() {
        return CountryCode.of(country);
    }

    /** The member state's code as given, upper case; null with the problem recorded when it is not one. */
    static String euCountry(InputChecks checks, String country) {
        String value = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        boolean eu = checks.check(CountryCode.isValid(value) && CountryCode.of(value).isEu(), "country", "invalid.euCountry");
        return eu ? value : null;
    }
}
