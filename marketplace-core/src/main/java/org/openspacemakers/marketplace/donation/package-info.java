/** Donations: money given to the association, not a sale: no VAT, receipts numbered apart, with or without the tax receipt's mentions. */
package org.openspacemakers.marketplace.donation;
