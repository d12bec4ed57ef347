/** How buyers pay: the payment gateways (bank transfer; card payments come with Stripe) and what each tells the buyer to do. */
package org.openspacemakers.marketplace.payment;
