package org.openspacemakers.marketplace.payment;

import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderLine;
import org.openspacemakers.marketplace.order.OrderTransitionRefused;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the Stripe Checkout Session where a buyer pays an order by card: line items and amounts
 * from the order (gross, VAT included, in minor units), the buyer's e-mail, the order's id as
 * {@code client_reference_id} and in the metadata (of the session and of its payment). The call is
 * made outside any transaction, with an idempotency key holding the order's id and the attempt's
 * number, so that two requests for the same order get one session. The session ends with the
 * order's reservation (within Stripe's bounds: 30 minutes to 24 hours).
 */
@Service
public class CardCheckouts {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CardCheckouts.class);

    static final Duration SHORTEST = Duration.ofMinutes(31);
    static final Duration LONGEST = Duration.ofHours(23);

    private final StripeApi stripe;
    private final Accounts accounts;
    private final CardCheckoutRepository checkouts;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final Clock clock;

    CardCheckouts(StripeApi stripe, Accounts accounts, CardCheckoutRepository checkouts, PlatformTransactionManager transactions,
            Clock clock) {
        this.stripe = stripe;
        this.accounts = accounts;
        this.checkouts = checkouts;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    /** Where Stripe sends the buyer back: the order's page, after paying or when they leave unpaid. */
    private record ReturnTo(String paid, String cancelled) {

        static ReturnTo of(Order order, String storeUrl) {
            String page = storeUrl.replaceAll("/+$", "") + "/orders/" + order.id() + "?lang="
                    + order.language().getLanguage() + "&checkout=";
            return new ReturnTo(page + "paid", page + "cancelled");
        }
    }

    /** Whether buyers may pay by card: Stripe is configured. */
    public boolean enabled() {
        return stripe.enabled();
    }

    /** The order's latest session, if one was opened. */
    public Optional<CardCheckout> latest(UUID orderId) {
        return reading.execute(status -> checkouts.findByOrderIdOrderByAttemptDesc(orderId).stream().findFirst());
    }

    /**
     * The session where the buyer pays this order: the one open still, the completed one whose
     * payment is on its way, or a new one (the last ran out or failed). {@link OrderTransitionRefused}
     * for an order that awaits no card payment; {@link CardProcessorFailed} when Stripe does not answer
     * (nothing stored: asking again is safe). Stripe sends the buyer back to the order's page on
     * {@code storeUrl} (the store's address as the buyer reaches it), and prefills their e-mail.
     */
    public CardCheckout open(Order order, String storeUrl) {
        if (order.paymentMethod() != PaymentMethod.CARD || !order.awaitsPayment()) {
            throw new OrderTransitionRefused(order.status(), "payByCard");
        }
        Instant now = clock.instant();
        Optional<CardCheckout> last = latest(order.id());
        if (last.isPresent() && (last.get().payableAt(now) || last.get().status() == CheckoutStatus.COMPLETE)) {
            return last.get();
        }
        int attempt = last.map(CardCheckout::attempt).orElse(0) + 1;
        Instant expiresAt = expiry(order, now);
        String email = accounts.byId(order.buyerId()).map(User::email).orElse(null);
        Session session = stripe.createSession(params(order, email, ReturnTo.of(order, storeUrl), expiresAt),
                "checkout-" + order.id() + "-" + attempt);
        CardCheckout opened = new CardCheckout(session.getId(), order.id(), attempt, session.getUrl(), order.amountDue(), now,
                session.getExpiresAt() == null ? expiresAt : Instant.ofEpochSecond(session.getExpiresAt()));
        try {
            return writing.execute(status -> checkouts.saveAndFlush(opened));
        } catch (DataIntegrityViolationException openedMeanwhile) {
            // Another request opened this attempt with the same key: Stripe gave it the same session.
            return latest(order.id()).orElseThrow(() -> openedMeanwhile);
        }
    }

    /**
     * The order was cancelled: its session still open is ended at Stripe, so that nobody pays for
     * an order that no longer awaits it (a payment made meanwhile is kept for an administrator to
     * pay back). Stripe not answering is no failure of the cancellation: the session then runs out
     * by itself. Returns whether a session was ended.
     */
    public boolean closeFor(Order order) {
        if (!enabled() || order.awaitsPayment()) {
            return false;
        }
        Optional<CardCheckout> open = latest(order.id()).filter(checkout -> checkout.payableAt(clock.instant()));
        if (open.isEmpty()) {
            return false;
        }
        try {
            stripe.expireSession(open.get().sessionId());
            return true;
        } catch (CardProcessorFailed e) {
            log.info("A cancelled order's checkout session could not be ended ({}): it runs out by itself", e.getMessage());
            return false;
        }
    }

    /** When the session ends: with the order's reservation, within Stripe's bounds. */
    private static Instant expiry(Order order, Instant now) {
        Instant wanted = order.reservationExpiresAt().orElse(now.plus(Duration.ofHours(1)));
        Instant earliest = now.plus(SHORTEST);
        Instant latest = now.plus(LONGEST);
        return wanted.isBefore(earliest) ? earliest : wanted.isAfter(latest) ? latest : wanted;
    }

    private static SessionCreateParams params(Order order, String email, ReturnTo returnTo, Instant expiresAt) {
        String currency = order.total().currency().getCurrencyCode().toLowerCase(Locale.ROOT);
        boolean french = "fr".equals(order.language().getLanguage());
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(order.id().toString())
                .putMetadata("order_id", order.id().toString())
                .putMetadata("payment_reference", order.paymentReference())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata("order_id", order.id().toString())
                        .setDescription("Order " + order.paymentReference()).build())
                .setSuccessUrl(returnTo.paid())
                .setCancelUrl(returnTo.cancelled())
                .setExpiresAt(expiresAt.getEpochSecond())
                .setLocale(french ? SessionCreateParams.Locale.FR : SessionCreateParams.Locale.EN);
        if (email != null && !email.isBlank()) {
            params.setCustomerEmail(email);
        }
        List<SessionCreateParams.LineItem> items = new ArrayList<>();
        long sum = 0;
        for (OrderLine line : order.lines()) {
            String kind = line.kind() == OfferKind.FULL_KIT ? (french ? "kit complet" : "full kit")
                    : (french ? "assemblage seul" : "assembly only");
            items.add(item(currency, line.boardName() + " " + line.revisionLabel() + " (" + kind + ")",
                    line.unitPriceMinor(), line.quantity()));
            sum += line.totalMinor();
        }
        if (order.shipping().amountMinor() > 0) {
            items.add(item(currency, french ? "Livraison" : "Shipping", order.shipping().amountMinor(), 1));
            sum += order.shipping().amountMinor();
        }
        if (sum != order.total().amountMinor()) {
            // The session's amount is the order's total, whatever happened to its lines' rounding.
            items = new ArrayList<>(List.of(item(currency, (french ? "Commande " : "Order ") + order.paymentReference(),
                    order.total().amountMinor(), 1)));
        }
        if (order.hasDonation()) {
            // A line of its own, without tax: a donation is not a sale (docs/donations.md).
            items.add(item(currency, french ? "Don à l'association (hors TVA)" : "Donation to the association (no VAT)",
                    order.donation().amountMinor(), 1));
        }
        items.forEach(params::addLineItem);
        return params.build();
    }

    /** A line of a session: {@code quantity} times {@code unitAmount} minor units, named (Stripe takes 250 characters). */
    static SessionCreateParams.LineItem item(String currency, String name, long unitAmount, long quantity) {
        return SessionCreateParams.LineItem.builder()
                .setQuantity(quantity)
                .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                        .setCurrency(currency)
                        .setUnitAmount(unitAmount)
                        .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                .setName(name.length() > 250 ? name.substring(0, 250) : name).build())
                        .build())
                .build();
    }
}
