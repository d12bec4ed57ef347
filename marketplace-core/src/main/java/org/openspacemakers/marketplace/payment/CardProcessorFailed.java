package org.openspacemakers.marketplace.payment;

/**
 * Stripe did not do what the store asked (unreachable, an error of its own, or a refusal such as a
 * refund it cannot make). Nothing was recorded; the same request again is safe, since every call
 * carries an idempotency key. The message names the kind of failure, never Stripe's words.
 */
public class CardProcessorFailed extends RuntimeException {

    CardProcessorFailed(String what, Throwable cause) {
        super(what + " failed at Stripe (" + cause.getClass().getSimpleName() + ")", cause);
    }
}
