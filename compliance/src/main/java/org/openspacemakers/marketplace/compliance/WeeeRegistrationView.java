package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** The association's WEEE registration in one country, as the register shows it: with its categories and household / professional scope. */
public record WeeeRegistrationView(CountryCode country, String registrationNumber, String holder, LocalDate validUntil,
        Optional<String> authorisedRepresentative, Optional<String> mandateReference, Optional<String> complianceScheme,
        Set<WeeeCategory> categories, boolean household, boolean professional) {

    /** Whether the registration is in force on that day. */
    public boolean coversOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }

    /** The categories written by number, {@code "5, 6"}. */
    public String categoriesText() {
        return WeeeCategory.text(categories);
    }
}
