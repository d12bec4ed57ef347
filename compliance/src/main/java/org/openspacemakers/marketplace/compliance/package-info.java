/**
 * Compliance: reviews of board revisions against EU rules, and the one question every order asks,
 * {@link org.openspacemakers.marketplace.compliance.Compliance#eligibility(SaleRequest)}.
 * Knows revisions only by reference; knows nothing of boards, teams or orders.
 */
package org.openspacemakers.marketplace.compliance;
