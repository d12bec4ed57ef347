package org.openspacemakers.marketplace.payment;

import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.donation.Donation;
import org.openspacemakers.marketplace.donation.DonationStatus;
import org.openspacemakers.marketplace.donation.DonationTransitionRefused;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.invoice.Seller;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A donation without an order paid by card (docs/donations.md): the Stripe Checkout Session where
 * its donor pays (mode {@code payment}, one line, no tax: a donation is not a sale; the donation's
 * id in the metadata, no {@code client_reference_id}, which names orders), and what Stripe's events
 * about such a session do. The session is opened outside any transaction with an idempotency key
 * holding the donation's id and the attempt's number, and kept on the donation: a second click
 * while it is open gets the same one. Its completed payment is recorded once by its PaymentIntent
 * ({@link CardLedger}) and receives the donation when it is the donation's amount; any other
 * amount, or a donation that awaits no card payment, leaves the donation as it is and tells the
 * administrators ({@link CardPaymentNeedsAttention}).
 */
@Service
public class DonationCheckouts {

    private static final Logger log = LoggerFactory.getLogger(DonationCheckouts.class);

    /** How long the donor has to pay on a session (Stripe's shortest is 30 minutes). */
    static final Duration LIFETIME = Duration.ofHours(1);

    private final StripeApi stripe;
    private final Donations donations;
    private final CardLedger ledger;
    private final CardFees fees;
    private final Seller seller;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final Clock clock;

    DonationCheckouts(StripeApi stripe, Donations donations, CardLedger ledger, CardFees fees, Seller seller,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.stripe = stripe;
        this.donations = donations;
        this.ledger = ledger;
        this.fees = fees;
        this.seller = seller;
        this.events = events;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    /** Whether donors may pay by card: Stripe is configured. */
    public boolean enabled() {
        return stripe.enabled();
    }

    /**
     * The address of the session where the donor pays this donation: the one still open, or a new
     * one. Stripe sends the donor back to their donation's page on {@code storeUrl}, reached by
     * {@code token} (the donor's own link). {@link DonationTransitionRefused} for a donation that
     * awaits no card payment; {@link CardProcessorFailed} when Stripe does not answer (nothing
     * stored: asking again is safe).
     */
    public String open(Donation donation, String token, String storeUrl) {
        if (!donation.awaitsCardPayment()) {
            throw new DonationTransitionRefused("payByCard");
        }
        Instant now = clock.instant();
        Optional<String> open = donation.checkoutPayableAt(now);
        if (open.isPresent()) {
            return open.get();
        }
        int attempt = donation.checkoutAttempt() + 1;
        Instant expiresAt = now.plus(LIFETIME);
        Session session = stripe.createSession(params(donation, token, storeUrl, expiresAt),
                "donation-checkout-" + donation.id() + "-" + attempt);
        Instant ends = session.getExpiresAt() == null ? expiresAt : Instant.ofEpochSecond(session.getExpiresAt());
        Donation kept = donations.checkoutOpened(donation.id(), attempt, session.getId(), session.getUrl(), ends);
        // Another request kept this attempt first: Stripe gave it the same session, by the same key.
        return kept.checkoutPayableAt(now).orElse(session.getUrl());
    }

    /**
     * The donation was called off: its session still open is ended at Stripe, so that nobody pays
     * for a donation no longer awaited (a payment made meanwhile is kept for an administrator to pay
     * back, {@code DONATION_NOT_AWAITED}). Stripe not answering is no failure of the calling off:
     * the session then runs out by itself within the hour. Returns whether a session was ended.
     */
    public boolean closeFor(Donation donation) {
        Instant now = clock.instant();
        if (!enabled() || donation.status() != DonationStatus.CANCELLED || donation.paymentMethod() != PaymentMethod.CARD
                || donation.checkoutOpenUntil().filter(now::isBefore).isEmpty()) {
            return false;
        }
        try {
            stripe.expireSession(donation.checkoutSessionId().orElseThrow());
            return true;
        } catch (CardProcessorFailed e) {
            log.info("A called-off donation's checkout session could not be ended ({}): it runs out by itself", e.getMessage());
            return false;
        }
    }

    /** The donation a session names in its metadata, when it names no order; null for any other. */
    static UUID donationOf(Session session) {
        if (StripeEventHandling.orderOf(session) != null || session.getMetadata() == null) {
            return null;
        }
        String named = session.getMetadata().get("donation_id");
        try {
            return named == null ? null : UUID.fromString(named);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    /** A paid session of a donation: its payment recorded once, and the donation received when it is its amount. */
    StripeEventHandling.Applied paid(Session session, UUID donationId, Instant at) {
        String paymentIntent = Sessions.payment(session);
        Money amount = Sessions.amount(session);
        CardPayment.Outcome outcome = writing.execute(status -> {
            Instant now = clock.instant();
            if (!ledger.recordDonationPayment(paymentIntent, donationId, session.getId(), amount, at, now)) {
                return null;
            }
            CardPayment.Outcome result = switch (donations.receiveByCard(donationId, amount, paymentIntent, at)) {
                case RECEIVED -> CardPayment.Outcome.DONATION_RECEIVED;
                case AMOUNT_DIFFERS -> CardPayment.Outcome.DONATION_MISMATCH;
                case NOT_AWAITED, UNKNOWN -> CardPayment.Outcome.DONATION_NOT_AWAITED;
            };
            ledger.outcome(paymentIntent, result);
            if (result != CardPayment.Outcome.DONATION_RECEIVED) {
                events.publishEvent(new CardPaymentNeedsAttention(null, paymentIntent, amount, result, now));
            }
            return result;
        });
        if (outcome == null) {
            return new StripeEventHandling.Applied("ALREADY_RECORDED", null);
        }
        if (session.getPaymentIntent() != null) {
            fees.tryRecord(paymentIntent);
        }
        return new StripeEventHandling.Applied(outcome.name(), null);
    }

    /**
     * Stripe refunded the card payment that received a donation, in part or whole, from its
     * dashboard: the donation stays received and its receipt issued (the store takes back no
     * receipt), and the administrators are told of each refund once
     * ({@link DonationRefundedInStripe}), to tell the donor whether the receipt still stands and to
     * correct the association's books.
     */
    StripeEventHandling.Applied refunded(String chargeId, String paymentIntent) {
        Donation donation = ledger.donationReceivedBy(paymentIntent).flatMap(donations::byId)
                .orElseThrow(() -> new IllegalStateException("a donation's payment names no donation"));
        int told = 0;
        for (Refund refund : stripe.refundsOf(chargeId)) {
            if (Sessions.paysBack(refund)) {
                writing.executeWithoutResult(status -> events.publishEvent(new DonationRefundedInStripe(donation.id(),
                        donation.reference(), donation.receiptNumber().orElse("-"), refund.getId(), Sessions.amount(refund),
                        donation.amount())));
                told++;
            }
        }
        return new StripeEventHandling.Applied("DONATION_REFUNDS_TOLD_" + told, null);
    }

    /** A donation's session ended unpaid (ran out, or its delayed payment failed): the donor may open another. */
    StripeEventHandling.Applied ended(Session session, UUID donationId, boolean failed) {
        boolean latest = donations.checkoutEnded(donationId, session.getId());
        return new StripeEventHandling.Applied((failed ? "DONATION_PAYMENT_FAILED" : "DONATION_CHECKOUT_EXPIRED")
                + (latest ? "" : "_OLD_SESSION"), null);
    }

    private SessionCreateParams params(Donation donation, String token, String storeUrl, Instant expiresAt) {
        boolean french = "fr".equals(donation.language().getLanguage());
        String page = storeUrl.replaceAll("/+$", "") + "/donations/" + token + "?lang=" + donation.language().getLanguage()
                + "&checkout=";
        String name = (french ? "Don à " : "Donation to ") + seller.name();
        Money amount = donation.amount();
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .putMetadata("donation_id", donation.id().toString())
                .putMetadata("payment_reference", donation.reference())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata("donation_id", donation.id().toString())
                        .setDescription("Donation " + donation.reference()).build())
                .setSuccessUrl(page + "paid")
                .setCancelUrl(page + "cancelled")
                .setExpiresAt(expiresAt.getEpochSecond())
                .setLocale(french ? SessionCreateParams.Locale.FR : SessionCreateParams.Locale.EN)
                .addLineItem(CardCheckouts.item(amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT), name,
                        amount.amountMinor(), 1));
        if (!donation.donorEmail().isBlank()) {
            params.setCustomerEmail(donation.donorEmail());
        }
        return params.build();
    }
}
