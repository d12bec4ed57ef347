package org.openspacemakers.marketplace.payment;

import com.stripe.model.BalanceTransaction;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stripe's fee for each card payment, from its charge's balance transaction, recorded with the
 * payment for the association's books. Stripe may create the balance transaction a little after the
 * payment: a fee not known yet is asked again by the reconciliation job.
 */
@Component
class CardFees {

    private static final Logger log = LoggerFactory.getLogger(CardFees.class);

    private final StripeApi stripe;
    private final CardLedger ledger;

    CardFees(StripeApi stripe, CardLedger ledger) {
        this.stripe = stripe;
        this.ledger = ledger;
    }

    /** Records the payment's fee if Stripe has it; returns whether it did. */
    boolean tryRecord(String paymentIntent) {
        try {
            PaymentIntent payment = stripe.paymentWithFee(paymentIntent);
            Charge charge = payment.getLatestChargeObject();
            BalanceTransaction balance = charge == null ? null : charge.getBalanceTransactionObject();
            if (balance == null || balance.getFee() == null) {
                return false;
            }
            ledger.fee(paymentIntent, charge.getId(), balance.getId(), balance.getFee(), balance.getNet());
            return true;
        } catch (CardProcessorFailed e) {
            log.info("Stripe's fee for a payment is not known yet ({}): the reconciliation asks again", e.getMessage());
            return false;
        }
    }

    /** Asks again for the fees not known yet; returns how many it recorded. */
    int recordMissing(int limit) {
        int recorded = 0;
        for (String paymentIntent : ledger.withoutFee(limit)) {
            if (!paymentIntent.startsWith("cs_") && tryRecord(paymentIntent)) {
                recorded++;
            }
        }
        return recorded;
    }
}
