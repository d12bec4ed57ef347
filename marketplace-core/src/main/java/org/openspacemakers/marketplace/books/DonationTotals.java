package org.openspacemakers.marketplace.books;

import java.time.YearMonth;
import java.util.Map;
import org.openspacemakers.marketplace.catalog.Money;

/**
 * The seam through which the books learn the donations received: the donation module implements it
 * as a bean; while no bean does, the books count no donation (zeros). Donations are the
 * association's in full: they add to what sales brought, towards the budget target.
 */
public interface DonationTotals {

    /** No donation at all: what the books use while no other bean implements this. */
    DonationTotals NONE = year -> Map.of();

    /**
     * The donations received in each month of the year (by the day they were received, in France),
     * net of any paid back; a month left out received none.
     */
    Map<YearMonth, Money> monthly(int year);
}
