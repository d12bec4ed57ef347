package org.openspacemakers.marketplace.payment;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.order.CardOrders;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderPayment;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each Stripe event does to the store, whatever the order events arrive in and however often:
 * <ul>
 * <li>a paid session ({@code checkout.session.completed} paid, or {@code async_payment_succeeded})
 * records its payment once by its PaymentIntent, and pays its order (the gate asked again, as for
 * a bank transfer); an amount or currency other than the order's total puts the order ON_HOLD
 * instead, and administrators are told;</li>
 * <li>a session completed with its payment still on its way does nothing until that payment's event;</li>
 * <li>an expired session, or a failed delayed payment, ends the unpaid order's reservation (its
 * boards go back to the teams; the buyer may open a new session);</li>
 * <li>{@code charge.refunded} asks Stripe for the charge's refunds and credits each one the store
 * has not recorded yet (a refund made in Stripe's dashboard); a refund of a payment not recorded
 * yet first records that payment, found through Stripe; a refund of a donation's payment is told to
 * the administrators ({@link DonationCheckouts}).</li>
 * </ul>
 * A session that names no order but a donation (its metadata's {@code donation_id}) is the
 * business of {@link DonationCheckouts}.
 */
@Component
class StripeEventHandling {

    /** What applying an event did, in a word for the events' list, and the order it concerned. */
    record Applied(String outcome, UUID orderId) {
    }

    private final Orders orders;
    private final CardOrders cardOrders;
    private final DonationCheckouts donations;
    private final CardLedger ledger;
    private final CardCheckoutRepository checkouts;
    private final StripeApi stripe;
    private final CardFees fees;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final Clock clock;

    StripeEventHandling(Orders orders, CardOrders cardOrders, DonationCheckouts donations, CardLedger ledger,
            CardCheckoutRepository checkouts, StripeApi stripe, CardFees fees, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.cardOrders = cardOrders;
        this.donations = donations;
        this.ledger = ledger;
        this.checkouts = checkouts;
        this.stripe = stripe;
        this.fees = fees;
        this.events = events;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    Applied apply(Event event) {
        StripeObject object = object(event);
        Instant at = event.getCreated() == null ? clock.instant() : Instant.ofEpochSecond(event.getCreated());
        UUID donation = object instanceof Session session ? DonationCheckouts.donationOf(session) : null;
        if (donation != null) {
            return donation((Session) object, donation, event.getType(), at);
        }
        return switch (event.getType()) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> {
                Session session = (Session) object;
                yield paid(session) ? pay(session, at) : new Applied("PAYMENT_ON_ITS_WAY", orderOf(session));
            }
            case "checkout.session.async_payment_failed" -> unpaid((Session) object, true);
            case "checkout.session.expired" -> unpaid((Session) object, false);
            case "charge.refunded" -> refunded((Charge) object, at);
            default -> new Applied("IGNORED", null);
        };
    }

    /** An event about the session of a donation without an order ({@link DonationCheckouts}). */
    private Applied donation(Session session, UUID donationId, String type, Instant at) {
        return switch (type) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> paid(session)
                    ? donations.paid(session, donationId, at) : new Applied("PAYMENT_ON_ITS_WAY", null);
            case "checkout.session.async_payment_failed" -> donations.ended(session, donationId, true);
            case "checkout.session.expired" -> donations.ended(session, donationId, false);
            default -> new Applied("IGNORED", null);
        };
    }

    /** The event's object; one sent in another API version than stripe-java's is read as it comes. */
    private static StripeObject object(Event event) {
        return event.getDataObjectDeserializer().getObject().orElseGet(() -> {
            try {
                return event.getDataObjectDeserializer().deserializeUnsafe();
            } catch (EventDataObjectDeserializationException e) {
                throw new IllegalStateException("event data unreadable", e);
            }
        });
    }

    private static boolean paid(Session session) {
        return "paid".equals(session.getPaymentStatus()) || "no_payment_required".equals(session.getPaymentStatus());
    }

    /** The order the session names, in its client reference (or its metadata): none for a foreign session. */
    static UUID orderOf(Session session) {
        String named = session.getClientReferenceId() != null ? session.getClientReferenceId()
                : session.getMetadata() == null ? null : session.getMetadata().get("order_id");
        try {
            return named == null ? null : UUID.fromString(named);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private Applied pay(Session session, Instant at) {
        String paymentIntent = Sessions.payment(session);
        Money amount = Sessions.amount(session);
        UUID named = orderOf(session);
        Optional<Order> order = named == null ? Optional.empty() : orders.byId(named);
        UUID orderId = order.map(Order::id).orElse(null);
        CardPayment.Outcome outcome = writing.execute(status -> {
            Instant now = clock.instant();
            if (!ledger.recordPayment(paymentIntent, orderId, session.getId(), amount, CardPayment.Outcome.UNKNOWN_ORDER, at, now)) {
                return null;
            }
            checkouts.findById(session.getId()).ifPresent(CardCheckout::complete);
            CardPayment.Outcome result;
            if (order.isEmpty()) {
                result = CardPayment.Outcome.UNKNOWN_ORDER;
            } else if (!amount.equals(order.get().amountDue())) {
                cardOrders.holdForPaymentMismatch(orderId, "Card payment of " + amount.amountMinor() / 100 + "."
                        + String.format("%02d", amount.amountMinor() % 100) + " " + amount.currency().getCurrencyCode()
                        + " differs from the amount due / Le paiement par carte diffère du montant dû");
                result = CardPayment.Outcome.AMOUNT_MISMATCH;
            } else {
                result = switch (cardOrders.recordProcessorPayment(orderId,
                        new OrderPayment(PaymentMethod.CARD, amount, paymentIntent, at, null))) {
                    case PAID, ALREADY_RECORDED -> CardPayment.Outcome.PAID;
                    case HELD -> CardPayment.Outcome.HELD;
                    case NOT_AWAITED -> CardPayment.Outcome.NOT_AWAITED;
                };
            }
            ledger.outcome(paymentIntent, result);
            if (!result.paysTheOrder()) {
                events.publishEvent(new CardPaymentNeedsAttention(orderId, paymentIntent, amount, result, now));
            }
            return result;
        });
        if (outcome == null) {
            return new Applied("ALREADY_RECORDED", orderId);
        }
        if (session.getPaymentIntent() != null) {
            fees.tryRecord(paymentIntent);
        }
        return new Applied(outcome.name(), orderId);
    }

    private Applied unpaid(Session session, boolean failed) {
        UUID orderId = orderOf(session);
        Boolean ended = writing.execute(status -> {
            Optional<CardCheckout> checkout = checkouts.findById(session.getId());
            if (checkout.isEmpty()) {
                return false;
            }
            boolean changed = failed ? checkout.get().fail() : checkout.get().expire();
            // Only the order's latest session holds its reservation; an older one ending changes nothing.
            boolean latest = checkouts.findByOrderIdOrderByAttemptDesc(checkout.get().orderId()).get(0).sessionId()
                    .equals(session.getId());
            return changed && latest && cardOrders.endReservationEarly(checkout.get().orderId(),
                    failed ? "CARD_PAYMENT_FAILED" : "CARD_CHECKOUT_EXPIRED");
        });
        String what = failed ? "PAYMENT_FAILED" : "EXPIRED";
        return new Applied(Boolean.TRUE.equals(ended) ? what + "_RESERVATION_ENDED" : what, orderId);
    }

    private Applied refunded(Charge charge, Instant at) {
        String paymentIntent = charge.getPaymentIntent();
        if (paymentIntent == null) {
            return new Applied("NOT_A_CHECKOUT_PAYMENT", null);
        }
        if (ledger.payment(paymentIntent).isEmpty()) {
            // The refund came before the payment's own event: the payment is recorded first, from Stripe's session.
            List<Session> sessions = stripe.sessionsOf(paymentIntent);
            Session session = sessions.stream().filter(StripeEventHandling::paid).findFirst()
                    .orElseThrow(() -> new IllegalStateException("refund of a payment no session took yet"));
            UUID donation = DonationCheckouts.donationOf(session);
            if (donation != null) {
                donations.paid(session, donation, at);
            } else {
                pay(session, at);
            }
        }
        CardPayment payment = ledger.payment(paymentIntent).orElseThrow();
        if (payment.outcome() == CardPayment.Outcome.DONATION_RECEIVED) {
            return donations.refunded(charge.getId(), paymentIntent);
        }
        if (payment.orderId().isEmpty() || !payment.outcome().paysTheOrder()) {
            return new Applied("REFUND_OF_UNAPPLIED_PAYMENT", payment.orderId().orElse(null));
        }
        UUID orderId = payment.orderId().get();
        int credited = 0;
        for (Refund refund : stripe.refundsOf(charge.getId())) {
            if (!Sessions.paysBack(refund)) {
                continue;
            }
            Money amount = Sessions.amount(refund);
            Boolean recorded = writing.execute(status -> {
                if (!ledger.recordRefund(refund.getId(), paymentIntent, orderId, amount, "STRIPE", null, clock.instant())) {
                    return false;
                }
                cardOrders.recordProcessorRefund(orderId, amount, "Refunded in Stripe / Remboursé dans Stripe");
                return true;
            });
            credited += Boolean.TRUE.equals(recorded) ? 1 : 0;
        }
        return new Applied(credited == 0 ? "REFUNDS_ALREADY_RECORDED" : "REFUNDS_RECORDED_" + credited, orderId);
    }
}
