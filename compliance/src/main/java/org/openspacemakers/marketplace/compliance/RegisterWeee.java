package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.openspacemakers.marketplace.refusal.InputChecks;

/**
 * An administrator records (or replaces) the association's WEEE registration in an EU member state,
 * held by the association or, where it has no establishment, by its authorised representative
 * acting under a written mandate (WEEE art. 17): the categories of Annex III it covers, and whether
 * it covers household equipment (B2C, dual use included), professional equipment (B2B) or both, as
 * national registers record them. Checks itself as typed, naming every field at fault; texts are
 * kept stripped, blank optional ones as null.
 */
public record RegisterWeee(String country, String registrationNumber, String holder, LocalDate validUntil,
        String authorisedRepresentative, String mandateReference, String complianceScheme,
        Set<WeeeCategory> categories, boolean household, boolean professional) {

    public RegisterWeee {
        InputChecks checks = new InputChecks();
        country = euCountry(checks, country);
        registrationNumber = checks.text("registrationNumber", registrationNumber, 100);
        holder = checks.text("holder", holder, 200);
        checks.required("validUntil", validUntil);
        authorisedRepresentative = checks.optionalText("authorisedRepresentative", authorisedRepresentative, 200);
        mandateReference = checks.optionalText("mandateReference", mandateReference, 200);
        complianceScheme = checks.optionalText("complianceScheme", complianceScheme, 200);
        mandated(checks, authorisedRepresentative, mandateReference);
        checks.check(categories != null && !categories.isEmpty(), "categories", "invalid.weeeCategories");
        categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        checks.check(household || professional, "household", "invalid.weeeScope");
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

    /** An authorised representative acts under a written mandate: naming one needs the mandate's reference. */
    static void mandated(InputChecks checks, String authorisedRepresentative, String mandateReference) {
        checks.check(authorisedRepresentative == null || mandateReference != null, "mandateReference", "invalid.mandate");
    }
}
