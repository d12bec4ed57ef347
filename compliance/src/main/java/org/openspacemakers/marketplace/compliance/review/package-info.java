/** The review aggregate: a revision's status, its approved scope and its append-only decision log. */
package org.openspacemakers.marketplace.compliance.review;
