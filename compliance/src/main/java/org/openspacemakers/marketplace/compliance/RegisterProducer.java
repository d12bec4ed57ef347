package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;
import org.openspacemakers.marketplace.refusal.InputChecks;

/**
 * An administrator records (or replaces) a battery producer registration in an EU member state, or
 * a French unique identifier (IDU). Checks itself as typed, naming every field at fault.
 */
public record RegisterProducer(ProducerKind kind, String country, String registrationNumber, String holder,
        LocalDate validUntil) {

    public RegisterProducer {
        InputChecks checks = new InputChecks();
        checks.required("kind", kind);
        country = RegisterWeee.euCountry(checks, country);
        if (kind != null && country != null) {
            checks.check(kind.existsIn(CountryCode.of(country)), "country", "invalid.iduFranceOnly");
        }
        registrationNumber = checks.text("registrationNumber", registrationNumber, 100);
        holder = checks.text("holder", holder, 200);
        checks.required("validUntil", validUntil);
        checks.done();
    }

    public CountryCode countryCode() {
        return CountryCode.of(country);
    }
}
