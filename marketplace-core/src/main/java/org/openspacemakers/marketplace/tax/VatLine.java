package org.openspacemakers.marketplace.tax;

import java.util.Objects;
import org.openspacemakers.marketplace.catalog.Money;

/**
 * The VAT of one line of a sale, and what the buyer pays for it.
 *
 * @param treatment      how VAT applies, with its mention
 * @param rateBasisPoints the rate in hundredths of a percent (2000 is 20 %, 550 is 5.5 %); 0 when none is charged
 * @param unitPrice      what the buyer pays for one unit, VAT included
 * @param quantity       how many units
 * @param vat            the VAT contained in the line's total, to the cent
 */
public record VatLine(VatTreatment treatment, int rateBasisPoints, Money unitPrice, int quantity, Money vat) {

    public VatLine {
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(vat, "vat");
        if (rateBasisPoints < 0 || rateBasisPoints > 10_000) {
            throw new IllegalArgumentException("a VAT rate is 0 to 100 %: " + rateBasisPoints);
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("a line has at least one unit");
        }
        if (vat.amountMinor() > Math.multiplyExact(unitPrice.amountMinor(), quantity)) {
            throw new IllegalArgumentException("the VAT is part of the line's total");
        }
    }

    /** What the buyer pays for the line, VAT included. */
    public Money total() {
        return unitPrice.times(quantity);
    }

    /** The line's total without its VAT. */
    public Money net() {
        return new Money(total().amountMinor() - vat.amountMinor(), vat.currency());
    }
}
