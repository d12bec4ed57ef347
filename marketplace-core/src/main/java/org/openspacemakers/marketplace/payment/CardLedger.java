package org.openspacemakers.marketplace.payment;

import org.openspacemakers.marketplace.database.Utc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The card payments and refunds the store recorded, each once by Stripe's own identifier: a row
 * inserted is a payment applied to its order, or a refund credited, in the caller's transaction;
 * the same identifier again inserts nothing (the key decides between concurrent callers).
 */
@Component
class CardLedger {

    private static final String PAYMENT = """
            SELECT payment_intent, order_id, amount_minor, currency, outcome, fee_minor, paid_at
            FROM card_payments""";

    private final JdbcTemplate jdbc;

    CardLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the payment; false when it was recorded before (then nothing changes). */
    boolean recordPayment(String paymentIntent, UUID orderId, String sessionId, Money amount, CardPayment.Outcome outcome,
            Instant paidAt, Instant now) {
        // IGNORE skips only the duplicate key here: every other column was checked by its caller.
        return jdbc.update("""
                INSERT IGNORE INTO card_payments (payment_intent, order_id, session_id, amount_minor, currency, outcome,
                  paid_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                paymentIntent, orderId == null ? null : orderId.toString(), sessionId, amount.amountMinor(),
                amount.currency().getCurrencyCode(), outcome.name(), Utc.of(paidAt), Utc.of(now)) == 1;
    }

    /** Records a donation's payment (no order); false when it was recorded before (then nothing changes). */
    boolean recordDonationPayment(String paymentIntent, UUID donationId, String sessionId, Money amount, Instant paidAt,
            Instant now) {
        return jdbc.update("""
                INSERT IGNORE INTO card_payments (payment_intent, donation_id, session_id, amount_minor, currency, outcome,
                  paid_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                paymentIntent, donationId.toString(), sessionId, amount.amountMinor(), amount.currency().getCurrencyCode(),
                CardPayment.Outcome.DONATION_NOT_AWAITED.name(), Utc.of(paidAt), Utc.of(now)) == 1;
    }

    void outcome(String paymentIntent, CardPayment.Outcome outcome) {
        jdbc.update("UPDATE card_payments SET outcome = ? WHERE payment_intent = ?", outcome.name(), paymentIntent);
    }

    /** Stripe's fee for the payment, from its charge's balance transaction. */
    void fee(String paymentIntent, String charge, String balanceTransaction, long feeMinor, long netMinor) {
        jdbc.update("""
                UPDATE card_payments SET charge_id = ?, balance_transaction = ?, fee_minor = ?, net_minor = ?
                WHERE payment_intent = ?""", charge, balanceTransaction, feeMinor, netMinor, paymentIntent);
    }

    Optional<CardPayment> payment(String paymentIntent) {
        return jdbc.query(PAYMENT + " WHERE payment_intent = ?", CardLedger::payment, paymentIntent).stream().findFirst();
    }

    /** The donation the payment received, if it received one. */
    Optional<UUID> donationReceivedBy(String paymentIntent) {
        return jdbc.queryForList("SELECT donation_id FROM card_payments WHERE payment_intent = ? AND outcome = ?", String.class,
                paymentIntent, CardPayment.Outcome.DONATION_RECEIVED.name()).stream().findFirst().map(UUID::fromString);
    }

    /** The payments recorded for the order, oldest first. */
    List<CardPayment> paymentsOf(UUID orderId) {
        return jdbc.query(PAYMENT + " WHERE order_id = ? ORDER BY recorded_at", CardLedger::payment, orderId.toString());
    }

    /** Payments recorded since then, newest first. */
    List<CardPayment> paymentsSince(Instant since) {
        return jdbc.query(PAYMENT + " WHERE paid_at >= ? ORDER BY paid_at DESC", CardLedger::payment, Utc.of(since));
    }

    /** Payments whose fee is not known yet, oldest first. */
    List<String> withoutFee(int limit) {
        return jdbc.queryForList("SELECT payment_intent FROM card_payments WHERE fee_minor IS NULL ORDER BY recorded_at LIMIT ?",
                String.class, limit);
    }

    /** Records the refund; false when it was recorded before (then nothing changes). */
    boolean recordRefund(String refundId, String paymentIntent, UUID orderId, Money amount, String source, String requestKey,
            Instant now) {
        return jdbc.update("""
                INSERT IGNORE INTO card_refunds (refund_id, payment_intent, order_id, amount_minor, currency, source,
                  request_key, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                refundId, paymentIntent, orderId.toString(), amount.amountMinor(), amount.currency().getCurrencyCode(),
                source, requestKey, Utc.of(now)) == 1;
    }

    boolean refundRecorded(String refundId) {
        return !jdbc.queryForList("SELECT refund_id FROM card_refunds WHERE refund_id = ?", String.class, refundId).isEmpty();
    }

    private static CardPayment payment(ResultSet row, int n) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency").toUpperCase(Locale.ROOT));
        String order = row.getString("order_id");
        long fee = row.getLong("fee_minor");
        Optional<Money> charged = row.wasNull() ? Optional.empty() : Optional.of(new Money(fee, currency));
        return new CardPayment(row.getString("payment_intent"), Optional.ofNullable(order).map(UUID::fromString),
                new Money(row.getLong("amount_minor"), currency), CardPayment.Outcome.valueOf(row.getString("outcome")),
                charged, Utc.read(row, "paid_at"));
    }
}
