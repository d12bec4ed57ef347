/** The cart: the offers a signed-in buyer means to order, kept in the database across sign-ins and nodes. */
package org.openspacemakers.marketplace.cart;
