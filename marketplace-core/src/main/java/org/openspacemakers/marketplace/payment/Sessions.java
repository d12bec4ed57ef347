package org.openspacemakers.marketplace.payment;

import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import java.util.Currency;
import java.util.Locale;
import org.openspacemakers.marketplace.catalog.Money;

/** What the store reads of a Stripe Checkout Session, and of a refund of its payment, the same wherever it reads it. */
final class Sessions {

    private Sessions() {
    }

    /** The payment a session took: its PaymentIntent, or the session's own id when it has none (nothing to pay). */
    static String payment(Session session) {
        return session.getPaymentIntent() != null ? session.getPaymentIntent() : session.getId();
    }

    /** What the session took, in its currency. */
    static Money amount(Session session) {
        return new Money(session.getAmountTotal() == null ? 0 : session.getAmountTotal(),
                Currency.getInstance(session.getCurrency().toUpperCase(Locale.ROOT)));
    }

    /** Whether the refund gives the money back (done, or on its way), rather than failed or cancelled. */
    static boolean paysBack(Refund refund) {
        return "succeeded".equals(refund.getStatus()) || "pending".equals(refund.getStatus());
    }

    /** What the refund gives back, in its currency. */
    static Money amount(Refund refund) {
        return new Money(refund.getAmount(), Currency.getInstance(refund.getCurrency().toUpperCase(Locale.ROOT)));
    }
}
