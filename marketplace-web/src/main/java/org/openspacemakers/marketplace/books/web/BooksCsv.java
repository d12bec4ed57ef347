package org.openspacemakers.marketplace.books.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.openspacemakers.marketplace.books.Books;
import org.openspacemakers.marketplace.books.Figures;
import org.openspacemakers.marketplace.books.OrderFigures;
import org.openspacemakers.marketplace.books.YearFigures;

/**
 * A year's books for the accountant: one row per paid order (docs/guides/treasurer.md, "The
 * export"), by payment time, with a header row. UTF-8, comma-separated, CRLF (RFC 4180); amounts in
 * euros with a dot and two decimals, a minus sign for a negative net contribution; the day of
 * payment in France, ISO-8601. Every cell is the store's own (no text typed by anyone), so none
 * needs quoting or escaping.
 */
final class BooksCsv {

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    static final List<String> HEADER = List.of("paid_on", "order_id", "payment_reference", "paid_with",
            "refunded_in_full", "units", "revenue", "refunds", "vat", "parts", "pcb", "assembly_labour",
            "association_share", "teams_share", "shipping", "card_fees", "net_contribution");

    private BooksCsv() {
    }

    static byte[] of(YearFigures year) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (OrderFigures order : year.orders()) {
            Figures f = order.figures();
            csv.append(String.join(",", List.of(LocalDate.ofInstant(order.paidAt(), Books.ZONE).toString(),
                    order.orderId().toString(), order.reference(), order.paidWith() == null ? "" : order.paidWith(),
                    order.refundedInFull() ? "yes" : "no", String.valueOf(f.units()), euros(f.revenueMinor()),
                    euros(f.refundsMinor()), euros(f.vatMinor()), euros(f.partsMinor()), euros(f.pcbMinor()),
                    euros(f.labourMinor()), euros(f.associationMinor()), euros(f.teamsMinor()),
                    euros(f.shippingMinor()), euros(f.cardFeesMinor()), euros(f.netContributionMinor()))))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String euros(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }

    static String fileName(int year) {
        return "books-" + year + ".csv";
    }
}
