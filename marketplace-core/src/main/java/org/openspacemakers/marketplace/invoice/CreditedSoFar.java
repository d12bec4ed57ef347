package org.openspacemakers.marketplace.invoice;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.openspacemakers.marketplace.tax.VatTreatment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an order's credit notes have paid back so far, by VAT treatment and rate, read as committed
 * now (a locking read), not as the caller's transaction first saw the table: two refunds of the
 * same order, one after the other under the series' lock, never credit more than was invoiced.
 */
@Component
class CreditedSoFar {

    /** A VAT treatment at a rate: the lines of a document that credit notes are divided into. */
    record Rate(VatTreatment treatment, int basisPoints) {
    }

    /** The amount paid back at a rate, VAT included, and the VAT within it. */
    record Amounts(long gross, long vat) {

        Amounts plus(Amounts other) {
            return new Amounts(Math.addExact(gross, other.gross), Math.addExact(vat, other.vat));
        }
    }

    private final JdbcTemplate jdbc;

    CreditedSoFar(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Rate, Amounts> of(UUID orderId) {
        Map<Rate, Amounts> credited = new HashMap<>();
        jdbc.query("""
                SELECT l.vat_treatment, l.vat_rate_bp, l.unit_price_minor, l.quantity, l.vat_minor
                FROM credit_note_lines l JOIN credit_notes n ON n.id = l.credit_note_id
                WHERE n.order_id = ? LOCK IN SHARE MODE""", row -> {
            Rate rate = new Rate(VatTreatment.valueOf(row.getString(1)), row.getInt(2));
            credited.merge(rate, new Amounts(Math.multiplyExact(row.getLong(3), row.getInt(4)), row.getLong(5)), Amounts::plus);
        }, orderId.toString());
        return credited;
    }
}
