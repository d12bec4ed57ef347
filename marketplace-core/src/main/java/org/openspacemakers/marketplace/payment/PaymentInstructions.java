package org.openspacemakers.marketplace.payment;

import org.openspacemakers.marketplace.catalog.Money;

/**
 * What the buyer must do to pay: transfer {@code amount} to the account, quoting {@code reference}
 * (a bank transfer); a card checkout gives its page's address instead.
 */
public record PaymentInstructions(Money amount, String reference, BankAccount account, String checkoutUrl) {
}
