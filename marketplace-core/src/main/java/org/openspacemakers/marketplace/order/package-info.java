/** Orders: placing an order through the compliance gate, once per idempotency key, and reading it back. */
package org.openspacemakers.marketplace.order;
