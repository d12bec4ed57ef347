/** VAT on the store's sales: the association's regime, the rates by country and category, and the rule that taxes a line. */
package org.openspacemakers.marketplace.tax;
