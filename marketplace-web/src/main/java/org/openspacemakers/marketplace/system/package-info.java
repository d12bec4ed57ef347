/** Cross-cutting web concerns: security, problem details, locale, embedded database, demo data. */
package org.openspacemakers.marketplace.system;
