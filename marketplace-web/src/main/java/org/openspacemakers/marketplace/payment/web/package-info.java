/** HTTP for payments: Stripe's webhook, the buyer's way to Stripe's checkout page, and the administrators' payments page. */
package org.openspacemakers.marketplace.payment.web;
