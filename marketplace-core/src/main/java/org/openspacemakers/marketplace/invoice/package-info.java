/** Invoices and credit notes: issued at payment and at refund, numbered without gaps, frozen, kept as PDF. */
package org.openspacemakers.marketplace.invoice;
