/** HTTP for invoices and credit notes: their PDFs, to the order's buyer and administrators. */
package org.openspacemakers.marketplace.invoice.web;
