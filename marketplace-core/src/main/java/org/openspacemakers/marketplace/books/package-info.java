/**
 * The association's books: what each year's paid orders brought, where the money went (the price
 * breakdown of each line as sold, less refunds), donations, the budget target, for the public
 * transparency page and the treasurer (docs/guides/treasurer.md).
 */
package org.openspacemakers.marketplace.books;
