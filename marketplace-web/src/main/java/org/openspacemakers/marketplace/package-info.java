/** The store's application: its entry point; features live in sub-packages. */
package org.openspacemakers.marketplace;
