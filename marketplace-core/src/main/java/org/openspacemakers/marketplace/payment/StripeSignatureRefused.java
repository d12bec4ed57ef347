package org.openspacemakers.marketplace.payment;

/** A webhook call whose signature is missing, wrong, or older than the tolerance: nothing was stored. */
public class StripeSignatureRefused extends RuntimeException {

    StripeSignatureRefused(String why) {
        super(why);
    }
}
