package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;
import org.openspacemakers.marketplace.refusal.InputChecks;

/**
 * An administrator records (or replaces) a battery producer registration in an EU member state, or
 * a national one in its own country (a French IDU, Germany's LUCID number); a battery registration
 * outside the association's own country is held through an authorised representative under a
 * written mandate (Batteries Regulation (EU) 2023/1542 art. 55). Checks itself as typed, naming
 * every field at fault.
 */
public record RegisterProducer(ProducerKind kind, String country, String registrationNumber, String holder,
        LocalDate validUntil, String authorisedRepresentative, String mandateReference) {

    public RegisterProducer {
        InputChecks checks = new InputChecks();
        checks.required("kind", kind);
        country = RegisterWeee.euCountry(checks, country);
        if (kind != null && country != null) {
            checks.check(kind.existsIn(CountryCode.of(country)), "country", "invalid.onlyIn" + kind.onlyIn());
        }
        registrationNumber = checks.text("registrationNumber", registrationNumber, 100);
        holder = checks.text("holder", holder, 200);
        checks.required("validUntil", validUntil);
        authorisedRepresentative = checks.optionalText("authorisedRepresentative", authorisedRepresentative, 200);
        mandateReference = checks.optionalText("mandateReference", mandateReference, 200);
        RegisterWeee.mandated(checks, authorisedRepresentative, mandateReference);
        checks.done();
    }

    /** A registration the association holds itself, without a representative. */
    public RegisterProducer(ProducerKind kind, String country, String registrationNumber, String holder,
            LocalDate validUntil) {
        this(kind, country, registrationNumber, holder, validUntil, null, null);
    }

    public CountryCode countryCode() {
        return CountryCode.of(country);
    }
}
