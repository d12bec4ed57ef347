package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;
import java.util.Optional;

/** The association's WEEE registration in one country, as the register shows it. */
public record WeeeRegistrationView(CountryCode country, String registrationNumber, String holder, LocalDate validUntil,
        Optional<String> authorisedRepresentative, Optional<String> mandateReference, Optional<String> complianceScheme) {

    /** Whether the registration is in force on that day. */
    public boolean coversOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }
}
