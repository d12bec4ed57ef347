/** The store's MySQL-protocol database as Hibernate sees it: a MariaDB server is recognised as one. */
package org.openspacemakers.marketplace.database;
