package org.openspacemakers.marketplace.books;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;

/**
 * A paid order as the books read it: what was paid, VAT and shipping included, what was refunded
 * and the VAT its credit notes took back, Stripe's fee, and its lines with the breakdown as sold.
 */
record PaidOrder(UUID id, String reference, Instant paidAt, String paidWith, boolean refundedInFull, long totalMinor,
        long shippingMinor, long vatTotalMinor, long refundedMinor, long refundVatMinor, long cardFeeMinor,
        List<Line> lines) {

    record Line(UUID boardId, String boardSlug, String boardName, int quantity, long unitPriceMinor, long vatMinor,
            PriceBreakdown breakdown) {

        long grossMinor() {
            return Math.multiplyExact(unitPriceMinor, quantity);
        }
    }
}
