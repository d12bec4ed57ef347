package org.openspacemakers.marketplace.payment;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.HasId;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeCollection;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionListParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The calls the store makes to Stripe's API, each outside any database transaction (a slow answer
 * never holds a lock) and each write with an idempotency key. Built only when card payments are on.
 */
@Component
class StripeApi {

    /** Sessions and refunds read per page; Stripe's most. */
    private static final long PAGE = 100;

    private final StripeSettings settings;
    private volatile StripeClient client;

    StripeApi(StripeSettings settings) {
        this.settings = settings;
    }

    boolean enabled() {
        return settings.enabled();
    }

    /**
     * The client, checked to be called outside any transaction. Calls through it turn what Stripe
     * answers wrong into {@link CardProcessorFailed}, whether the client throws its own exception or,
     * for an answer that is no JSON at all (a proxy's error page), a runtime one.
     */
    private StripeClient client() {
        if (!settings.enabled()) {
            throw new IllegalStateException("card payments are off: STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are not set");
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Stripe is never called inside a database transaction");
        }
        StripeClient built = client;
        if (built == null) {
            built = StripeClient.builder().setApiKey(settings.secretKey()).setApiBase(settings.apiBase().toString())
                    .setConnectTimeout(10_000).setReadTimeout(30_000).setMaxNetworkRetries(2).build();
            client = built;
        }
        return built;
    }

    Session createSession(SessionCreateParams params, String idempotencyKey) {
        StripeClient api = client();
        try {
            return api.v1().checkout().sessions().create(params, key(idempotencyKey));
        } catch (StripeException | RuntimeException e) {
            throw new CardProcessorFailed("Opening a checkout session", e);
        }
    }

    /** Ends an open session at once: nobody can pay on it any more. */
    void expireSession(String sessionId) {
        StripeClient api = client();
        try {
            api.v1().checkout().sessions().expire(sessionId);
        } catch (StripeException | RuntimeException e) {
            throw new CardProcessorFailed("Ending a checkout session", e);
        }
    }

    /** The completed session that took this payment, if Stripe knows one. */
    List<Session> sessionsOf(String paymentIntent) {
        StripeClient api = client();
        try {
            return api.v1().checkout().sessions()
                    .list(SessionListParams.builder().setPaymentIntent(paymentIntent).setLimit(PAGE).build()).getData();
        } catch (StripeException | RuntimeException e) {
            throw new CardProcessorFailed("Finding a payment's session", e);
        }
    }

    /** Every session created since then, whatever its status, newest first. */
    List<Session> sessionsSince(Instant since) {
        StripeClient api = client();
        try {
            return all(after -> {
                SessionListParams.Builder params = SessionListParams.builder().setLimit(PAGE)
                        .setCreated(SessionListParams.Created.builder().setGte(since.getEpochSecond()).build());
                return api.v1().checkout().sessions().list((after == null ? params : params.setStartingAfter(after)).build());
            });
        } catch (StripeException | RuntimeException e) {
            throw new CardProcessorFailed("Listing checkout sessions", e);
        }
    }

    /** The payment with its charge and the charge's balance transaction (the fee). */
    PaymentIntent paymentWithFee(String paymentIntent) {
        StripeClient api = client();
        try {
            return api.v1().paymentIntents().retrieve(paymentIntent, PaymentIntentRetrieveParams.builder()
                    .addExpand("latest_charge.balance_transaction").build());
        } catch (StripeException | RuntimeException e) {
            throw new CardProcessorFailed("Reading a payment's fee", e);
        }
    }

    Refund refund(RefundCreateParams params, String idempotencyKey) {
        StripeClient api = client();
        try {
            return api.v1().refunds().create(params, key(idempotencyKey));
        } catch (StripeException | RuntimeException e) {
            throw new CardProcessorFailed("A refund", e);
        }
    }

    /** Every refund of the charge. */
    List<Refund> refundsOf(String charge) {
        StripeClient api = client();
        try {
            return all(after -> {
                RefundListParams.Builder params = RefundListParams.builder().setCharge(charge).setLimit(PAGE);
                return api.v1().refunds().list((after == null ? params : params.setStartingAfter(after)).build());
            });
        } catch (StripeException | RuntimeException e) {
            throw new CardProcessorFailed("Listing a charge's refunds", e);
        }
    }

    /** A list's page, after the object of this id (none: the first page). */
    private interface Pages<T extends HasId> {
        StripeCollection<T> after(String id) throws StripeException;
    }

    /** Every object of a list, page after page. */
    private static <T extends HasId> List<T> all(Pages<T> pages) throws StripeException {
        List<T> all = new ArrayList<>();
        String after = null;
        while (true) {
            StripeCollection<T> page = pages.after(after);
            all.addAll(page.getData());
            if (!Boolean.TRUE.equals(page.getHasMore()) || page.getData().isEmpty()) {
                return all;
            }
            after = page.getData().get(page.getData().size() - 1).getId();
        }
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }
}
