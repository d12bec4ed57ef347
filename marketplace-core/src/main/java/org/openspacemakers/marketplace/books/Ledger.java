package org.openspacemakers.marketplace.books;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.database.Utc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads paid orders for the books, in two statements whatever their number: the orders (with the
 * VAT their credit notes took back and Stripe's fee on the payment that paid them), then their
 * lines with the breakdown as sold and the board they are of (its slug and name as they are now).
 * Times are stored in UTC.
 */
@Component
class Ledger {

    private static final String ORDERS = "SELECT o.id, o.payment_reference, o.paid_at, o.paid_with, o.status,"
            + " o.total_minor, o.shipping_minor, o.vat_total_minor, o.refunded_minor,"
            + " (SELECT COALESCE(SUM(c.vat_total_minor), 0) FROM credit_notes c WHERE c.order_id = o.id),"
            + " (SELECT COALESCE(SUM(p.fee_minor), 0) FROM card_payments p WHERE p.order_id = o.id"
            + " AND p.outcome IN ('PAID', 'HELD') AND p.fee_minor IS NOT NULL)"
            + " FROM orders o WHERE o.paid_at IS NOT NULL AND ";

    private static final String LINES = "SELECT l.order_id, b.id, b.slug, b.name, l.quantity, l.unit_price_minor,"
            + " l.vat_minor, l.parts_minor, l.pcb_minor, l.labour_minor, l.association_minor, l.team_minor"
            + " FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN revisions r ON r.id = l.revision_id"
            + " JOIN boards b ON b.id = r.board_id WHERE o.paid_at IS NOT NULL AND ";

    private static final String PAID_BETWEEN = "o.paid_at >= ? AND o.paid_at < ?";

    private static final String WITH_BOARD = "o.id IN (SELECT l2.order_id FROM order_lines l2"
            + " JOIN revisions r2 ON r2.id = l2.revision_id WHERE r2.board_id = ?)";

    private final JdbcTemplate jdbc;

    Ledger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stripe's fees on the donations paid by card without an order (an order's donation pays its fee
     * with the order's payment) from {@code from} (included) to {@code to} (excluded), by payment
     * time: each payment's time and fee.
     */
    List<Map.Entry<Instant, Long>> donationCardFeesBetween(Instant from, Instant to) {
        return jdbc.query("SELECT paid_at, fee_minor FROM card_payments WHERE donation_id IS NOT NULL"
                + " AND outcome = 'DONATION_RECEIVED' AND fee_minor IS NOT NULL AND paid_at >= ? AND paid_at < ?",
                (row, n) -> Map.entry(row.getObject("paid_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        row.getLong("fee_minor")), Utc.of(from), Utc.of(to));
    }

    /** The orders paid from {@code from} (included) to {@code to} (excluded), by payment time. */
    List<PaidOrder> paidBetween(Instant from, Instant to) {
        return read(PAID_BETWEEN, Utc.of(from), Utc.of(to));
    }

    /** Every paid order with a line of this board. */
    List<PaidOrder> paidWithBoard(UUID boardId) {
        return read(WITH_BOARD, boardId.toString());
    }

    /** The boards of paid orders that have no sales counted on their product page yet. */
    List<UUID> boardsNotCounted() {
        return jdbc.queryForList("SELECT DISTINCT r.board_id FROM orders o JOIN order_lines l ON l.order_id = o.id"
                + " JOIN revisions r ON r.id = l.revision_id WHERE o.paid_at IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM board_sales s WHERE s.board_id = r.board_id)", String.class)
                .stream().map(UUID::fromString).toList();
    }

    /** The boards of an order. */
    List<UUID> boardsOf(UUID orderId) {
        return jdbc.queryForList("SELECT DISTINCT r.board_id FROM order_lines l JOIN revisions r ON r.id = l.revision_id"
                + " WHERE l.order_id = ?", String.class, orderId.toString()).stream().map(UUID::fromString).toList();
    }

    /** When the first order was paid, if one was. */
    Optional<Instant> firstPayment() {
        LocalDateTime first = jdbc.queryForObject("SELECT MIN(paid_at) FROM orders", LocalDateTime.class);
        return Optional.ofNullable(first).map(at -> at.toInstant(ZoneOffset.UTC));
    }

    private List<PaidOrder> read(String condition, Object... arguments) {
        Map<UUID, List<PaidOrder.Line>> lines = new LinkedHashMap<>();
        jdbc.query(LINES + condition + " ORDER BY l.order_id, l.line_no", row -> {
            lines.computeIfAbsent(UUID.fromString(row.getString(1)), id -> new ArrayList<>()).add(new PaidOrder.Line(
                    UUID.fromString(row.getString(2)), row.getString(3), row.getString(4), row.getInt(5),
                    row.getLong(6), row.getLong(7), new PriceBreakdown(row.getLong(8), row.getLong(9),
                            row.getLong(10), row.getLong(11), row.getLong(12))));
        }, arguments);
        return jdbc.query(ORDERS + condition + " ORDER BY o.paid_at, o.id", (row, i) -> {
            UUID id = UUID.fromString(row.getString(1));
            return new PaidOrder(id, row.getString(2), row.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                    row.getString(4), "REFUNDED".equals(row.getString(5)), row.getLong(6), row.getLong(7),
                    row.getLong(8), row.getLong(9), row.getLong(10), row.getLong(11),
                    List.copyOf(lines.getOrDefault(id, List.of())));
        }, arguments);
    }
}
