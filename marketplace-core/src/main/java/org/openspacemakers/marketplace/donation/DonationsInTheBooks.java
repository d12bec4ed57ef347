package org.openspacemakers.marketplace.donation;

import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openspacemakers.marketplace.books.DonationTotals;
import org.openspacemakers.marketplace.catalog.Money;
import org.springframework.stereotype.Component;

/**
 * What the books count as donations: those received, month by month of the day the money arrived
 * ({@link Donations#receivedIn}). A donation pledged and not received yet, or called off, counts for
 * nothing; a donation is not a sale, so the books add it beside what sales brought, never into them.
 */
@Component
class DonationsInTheBooks implements DonationTotals {

    private final Donations donations;

    DonationsInTheBooks(Donations donations) {
        this.donations = donations;
    }

    @Override
    public Map<YearMonth, Money> monthly(int year) {
        Map<YearMonth, Money> months = new LinkedHashMap<>();
        donations.receivedIn(Year.of(year)).stream().filter(month -> month.count() > 0)
                .forEach(month -> months.put(month.month(), month.total()));
        return months;
    }
}
