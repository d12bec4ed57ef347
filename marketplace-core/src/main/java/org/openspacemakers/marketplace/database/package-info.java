/** The store's MySQL-protocol database: a MariaDB server recognised as one by Hibernate, and times kept in UTC. */
package org.openspacemakers.marketplace.database;
