/** A person's own data across the modules: its export, and the erasure of their account that the law lets them ask for. */
package org.openspacemakers.marketplace.privacy;
