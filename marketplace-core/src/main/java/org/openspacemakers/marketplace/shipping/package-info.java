/** Shipping rates: destination countries grouped in zones, each priced per shipping method by administrators. */
package org.openspacemakers.marketplace.shipping;
