package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;
import java.util.Optional;

/** A battery registration or a national registration (French IDU, LUCID) of the association, as the register shows it. */
public record ProducerRegistrationView(ProducerKind kind, CountryCode country, String registrationNumber, String holder,
        LocalDate validUntil, Optional<String> authorisedRepresentative, Optional<String> mandateReference) {

    /** Whether the registration is in force on that day. */
    public boolean coversOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }
}
