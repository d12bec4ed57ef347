package org.openspacemakers.marketplace.payment;

import org.openspacemakers.marketplace.database.Utc;
import com.stripe.model.checkout.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.order.CardOrders;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderPayment;
import org.openspacemakers.marketplace.order.Orders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether the store's books and Stripe agree, for the treasurer: the card orders paid in a window
 * are compared with the Checkout Sessions Stripe completed (listed through its API). A paid order
 * without Stripe's payment, Stripe's payment without a paid order (money to pay back, or an event
 * not applied), and an amount that differs are kept as findings of the run (a donation's payment
 * that received its donation is none). Each run also asks
 * Stripe again for the fees not known yet.
 */
@Service
public class PaymentReconciliation {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);

    /** How far back a run looks by default. */
    public static final Duration WINDOW = Duration.ofDays(35);

    private final StripeApi stripe;
    private final Orders orders;
    private final CardOrders cardOrders;
    private final CardFees fees;
    private final CardLedger ledger;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate writing;
    private final Clock clock;

    PaymentReconciliation(StripeApi stripe, Orders orders, CardOrders cardOrders, CardFees fees, CardLedger ledger,
            JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.stripe = stripe;
        this.orders = orders;
        this.cardOrders = cardOrders;
        this.fees = fees;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What a run found. */
    public enum Kind {
        /** The store has the order paid by card, Stripe has no completed payment for it. */
        PAID_WITHOUT_STRIPE_PAYMENT,
        /** Stripe took the money, no order of the store's is paid by it. */
        STRIPE_PAYMENT_WITHOUT_ORDER,
        /** Both have the payment, for different amounts. */
        AMOUNT_DIFFERS
    }

    public record Finding(Kind kind, UUID orderId, String stripeReference, Money amount) {
    }

    /** A run: when, how far back, whether Stripe answered (DONE) or not (FAILED), what was compared and found. */
    public record Run(UUID id, Instant ranAt, Instant since, String status, int ordersChecked, int sessionsChecked,
            List<Finding> findings) {
    }

    public boolean enabled() {
        return stripe.enabled();
    }

    /** Compares the last {@link #WINDOW}; {@link Optional#empty()} when card payments are off. */
    public Optional<Run> run() {
        return enabled() ? Optional.of(run(clock.instant().minus(WINDOW))) : Optional.empty();
    }

    /** Compares the card orders paid since then with the sessions Stripe completed, and keeps the result. */
    public Run run(Instant since) {
        Instant now = clock.instant();
        List<Order> paid = cardOrders.paidByCardSince(since);
        List<Session> sessions;
        try {
            // A session is paid at most a day after it opens: those opened the day before count too.
            sessions = stripe.sessionsSince(since.minus(Duration.ofDays(1))).stream()
                    .filter(session -> "complete".equals(session.getStatus()) && "paid".equals(session.getPaymentStatus()))
                    .toList();
        } catch (CardProcessorFailed e) {
            log.warn("Payment reconciliation could not list Stripe's sessions ({})", e.getMessage());
            return store(new Run(UUID.randomUUID(), now, since, "FAILED", paid.size(), 0, List.of()));
        }
        Map<String, Session> byPayment = new HashMap<>();
        sessions.forEach(session -> byPayment.put(Sessions.payment(session), session));
        List<Finding> findings = new ArrayList<>();
        Map<String, Order> paidBy = new HashMap<>();
        for (Order order : paid) {
            OrderPayment payment = order.payment().orElseThrow();
            paidBy.put(payment.reference(), order);
            Session session = byPayment.get(payment.reference());
            if (session == null) {
                findings.add(new Finding(Kind.PAID_WITHOUT_STRIPE_PAYMENT, order.id(), payment.reference(), payment.amount()));
            } else if (!Sessions.amount(session).equals(payment.amount())) {
                findings.add(new Finding(Kind.AMOUNT_DIFFERS, order.id(), payment.reference(), Sessions.amount(session)));
            }
        }
        for (Session session : sessions) {
            if (session.getCreated() != null && Instant.ofEpochSecond(session.getCreated()).isBefore(since)) {
                continue;
            }
            String reference = Sessions.payment(session);
            if (!paidBy.containsKey(reference) && !paidElsewhere(session, reference)
                    && !receivedDonation(session, reference)) {
                findings.add(new Finding(Kind.STRIPE_PAYMENT_WITHOUT_ORDER, StripeEventHandling.orderOf(session), reference,
                        Sessions.amount(session)));
            }
        }
        fees.recordMissing(100);
        return store(new Run(UUID.randomUUID(), now, since, "DONE", paid.size(), sessions.size(), findings));
    }

    /** An order paid by this session before the window's start (its session opened the day before). */
    private boolean paidElsewhere(Session session, String reference) {
        UUID orderId = StripeEventHandling.orderOf(session);
        return orderId != null && orders.byId(orderId).flatMap(Order::payment)
                .map(payment -> payment.reference().equals(reference)).orElse(false);
    }

    /** A donation without an order that this session's payment received (docs/donations.md): no order's business. */
    private boolean receivedDonation(Session session, String reference) {
        return DonationCheckouts.donationOf(session) != null && ledger.donationReceivedBy(reference).isPresent();
    }

    private Run store(Run run) {
        writing.executeWithoutResult(status -> {
            jdbc.update("""
                    INSERT INTO payment_reconciliations (id, ran_at, since, status, orders_checked, sessions_checked)
                    VALUES (?, ?, ?, ?, ?, ?)""", run.id().toString(), Utc.of(run.ranAt()), Utc.of(run.since()), run.status(),
                    run.ordersChecked(), run.sessionsChecked());
            for (int i = 0; i < run.findings().size(); i++) {
                Finding finding = run.findings().get(i);
                jdbc.update("""
                        INSERT INTO payment_reconciliation_findings (reconciliation_id, position, kind, order_id,
                          stripe_reference, amount_minor, currency) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                        run.id().toString(), i, finding.kind().name(),
                        finding.orderId() == null ? null : finding.orderId().toString(), finding.stripeReference(),
                        finding.amount().amountMinor(), finding.amount().currency().getCurrencyCode());
            }
        });
        if (!run.findings().isEmpty()) {
            log.warn("Payment reconciliation found {} difference(s) between the store and Stripe: see /admin/payments",
                    run.findings().size());
        }
        return run;
    }

    /** The latest run, if any. */
    public Optional<Run> latest() {
        return jdbc.query("""
                SELECT id, ran_at, since, status, orders_checked, sessions_checked FROM payment_reconciliations
                ORDER BY ran_at DESC LIMIT 1""",
                (row, n) -> new Run(UUID.fromString(row.getString("id")), Utc.read(row, "ran_at"), Utc.read(row, "since"),
                        row.getString("status"), row.getInt("orders_checked"), row.getInt("sessions_checked"), List.of()))
                .stream().findFirst()
                .map(run -> new Run(run.id(), run.ranAt(), run.since(), run.status(), run.ordersChecked(),
                        run.sessionsChecked(), findingsOf(run.id())));
    }

    private List<Finding> findingsOf(UUID run) {
        return jdbc.query("""
                SELECT kind, order_id, stripe_reference, amount_minor, currency FROM payment_reconciliation_findings
                WHERE reconciliation_id = ? ORDER BY position""",
                (row, n) -> new Finding(Kind.valueOf(row.getString("kind")),
                        row.getString("order_id") == null ? null : UUID.fromString(row.getString("order_id")),
                        row.getString("stripe_reference"),
                        new Money(row.getLong("amount_minor"), Currency.getInstance(row.getString("currency")))),
                run.toString());
    }
}
