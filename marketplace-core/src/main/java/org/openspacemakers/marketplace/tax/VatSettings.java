package org.openspacemakers.marketplace.tax;

import java.util.Optional;
import org.openspacemakers.marketplace.compliance.VatNumber;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The association's VAT as configured ({@code marketplace.vat.*}): its regime (VAT_EXEMPT unless
 * said otherwise), its French VAT number when registered, whether it passed the EU distance-selling
 * threshold, and where the rates table is. A registered association without a French VAT number
 * does not start.
 *
 * @param rates a Spring resource location; the table in the core's jar by default
 */
@ConfigurationProperties("marketplace.vat")
public record VatSettings(VatRegime regime, String number, boolean distanceSellingThresholdPassed, String rates) {

    public VatSettings {
        regime = regime == null ? VatRegime.VAT_EXEMPT : regime;
        number = number == null || number.isBlank() ? null : number.strip();
        rates = rates == null || rates.isBlank() ? "classpath:tax/vat-rates.csv" : rates.strip();
        if (regime == VatRegime.VAT_REGISTERED && vatNumber(number).filter(n -> n.prefix().equals("FR")).isEmpty()) {
            throw new IllegalArgumentException("marketplace.vat.number must be the association's French VAT number (FR + 11 characters) when registered");
        }
    }

    private static Optional<VatNumber> vatNumber(String number) {
        return VatNumber.parse(number);
    }

    /** The association's VAT number, as invoices print it; empty while it is exempt. */
    public Optional<String> vatNumber() {
        return regime == VatRegime.VAT_REGISTERED ? vatNumber(number).map(VatNumber::toString) : Optional.empty();
    }
}
