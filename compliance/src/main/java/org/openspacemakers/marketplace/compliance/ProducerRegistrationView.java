package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;

/** A battery registration or a French IDU of the association, as the register shows it. */
public record ProducerRegistrationView(ProducerKind kind, CountryCode country, String registrationNumber, String holder,
        LocalDate validUntil) {

    /** Whether the registration is in force on that day. */
    public boolean coversOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }
}
