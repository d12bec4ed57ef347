package org.openspacemakers.marketplace.payment;

import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;

/**
 * Stripe gave back money of a donation received by card (a refund made in Stripe's dashboard),
 * published in a transaction of its own, once per refund Stripe lists whenever the event is
 * applied: administrators are told, since the store does not take back a receipt it issued.
 *
 * @param refundId Stripe's refund, which makes each alert once
 * @param refunded what this refund gives back
 * @param donated  the donation's amount, on its receipt
 */
public record DonationRefundedInStripe(UUID donationId, String reference, String receiptNumber, String refundId,
        Money refunded, Money donated) {
}
