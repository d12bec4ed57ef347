/** The cart page: a signed-in buyer adds offers from product pages, changes quantities, removes them, and goes to checkout. */
package org.openspacemakers.marketplace.cart.web;
