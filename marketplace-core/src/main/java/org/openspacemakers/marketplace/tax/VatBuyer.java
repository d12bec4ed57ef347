package org.openspacemakers.marketplace.tax;

import java.util.Objects;
import java.util.Optional;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.VatNumber;

/**
 * Who buys, as VAT sees them: a consumer, or a professional whose EU VAT number VIES confirmed,
 * established in the member state of that number.
 *
 * @param establishment the professional's member state; empty for a consumer
 */
public record VatBuyer(Optional<CountryCode> establishment) {

    public VatBuyer {
        Objects.requireNonNull(establishment, "establishment");
    }

    public static VatBuyer consumer() {
        return new VatBuyer(Optional.empty());
    }

    /** A verified professional, established where its VAT number was issued ({@code EL} is Greece, {@code GR}). */
    public static VatBuyer professional(VatNumber number) {
        return new VatBuyer(Optional.of(CountryCode.of("EL".equals(number.prefix()) ? "GR" : number.prefix())));
    }

    public boolean isProfessional() {
        return establishment.isPresent();
    }
}
