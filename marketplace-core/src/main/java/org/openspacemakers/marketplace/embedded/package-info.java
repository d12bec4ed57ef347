/** A real MariaDB server shipped inside a jar: the store's default database, and the tests' last resort. */
package org.openspacemakers.marketplace.embedded;
