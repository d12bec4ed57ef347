/**
 * How buyers pay: the payment gateways (bank transfer, always on; card payments on Stripe's hosted
 * Checkout when configured), what each tells the buyer to do, Stripe's webhook events applied
 * exactly once, refunds by the way an order was paid, Stripe's fees, and the reconciliation of the
 * store's card payments with Stripe's.
 */
package org.openspacemakers.marketplace.payment;
