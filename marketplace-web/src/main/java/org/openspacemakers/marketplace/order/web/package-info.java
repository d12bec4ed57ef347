/** HTTP for orders: the orders API and the buyer's order pages. */
package org.openspacemakers.marketplace.order.web;
