package org.openspacemakers.marketplace.donation;

import java.math.BigDecimal;
import java.util.List;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.order.DonationRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the association takes donations ({@code marketplace.donations.*}): the smallest and largest
 * amount in euros (1 and 10,000 by default), the amounts offered as choices (10, 20 and 50 EUR), and
 * whether its receipts are tax receipts ({@code tax-receipts}, false by default): only an association
 * entitled to them (an "œuvre ou organisme d'intérêt général", CGI art. 200) may say yes. Then its
 * object ({@code object}) and the name and role of the person who signs the receipts
 * ({@code signatory-name}, {@code signatory-role}) must be given, or the store does not start.
 */
@ConfigurationProperties("marketplace.donations")
public record DonationSettings(BigDecimal minimum, BigDecimal maximum, List<Integer> presets, boolean taxReceipts,
        String object, String signatoryName, String signatoryRole) implements DonationRule {

    public DonationSettings {
        minimum = minimum == null ? BigDecimal.ONE : minimum;
        maximum = maximum == null ? BigDecimal.valueOf(10_000) : maximum;
        presets = presets == null || presets.isEmpty() ? List.of(10, 20, 50) : List.copyOf(presets);
        object = object == null ? "" : object.strip();
        signatoryName = signatoryName == null ? "" : signatoryName.strip();
        signatoryRole = signatoryRole == null ? "" : signatoryRole.strip();
        if (minimum.signum() <= 0 || minimum.scale() > 2 || maximum.compareTo(minimum) < 0 || maximum.scale() > 2
                || maximum.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new IllegalArgumentException(
                    "marketplace.donations.minimum and maximum are euros, 0.01 <= minimum <= maximum <= 1000000");
        }
        for (int preset : presets) {
            if (BigDecimal.valueOf(preset).compareTo(minimum) < 0 || BigDecimal.valueOf(preset).compareTo(maximum) > 0) {
                throw new IllegalArgumentException("marketplace.donations.presets are within the minimum and the maximum");
            }
        }
        if (taxReceipts && (object.isEmpty() || signatoryName.isEmpty() || signatoryRole.isEmpty())) {
            throw new IllegalArgumentException("marketplace.donations.tax-receipts=true needs marketplace.donations.object, "
                    + "signatory-name and signatory-role");
        }
    }

    /** The smallest donation taken. */
    @Override
    public Money smallest() {
        return Money.euros(minimum.movePointRight(2).longValueExact());
    }

    /** The largest donation taken. */
    @Override
    public Money largest() {
        return Money.euros(maximum.movePointRight(2).longValueExact());
    }

    /** The amounts offered as choices, in cents. */
    public List<Money> choices() {
        return presets.stream().map(euros -> Money.euros(euros * 100L)).toList();
    }

    /** Whether the amount is one the association takes as a donation (in euros, within the bounds). */
    @Override
    public boolean accepts(Money amount) {
        return amount.currency().equals(Money.EUR) && amount.amountMinor() >= smallest().amountMinor()
                && amount.amountMinor() <= largest().amountMinor();
    }
}
