/**
 * Compliance: the dossiers and reviews of board revisions against EU rules, the association's
 * producer register, and the one question every order asks, {@link SaleGate#check(SaleRequest)}.
 * Knows revisions only by reference and through the {@link Revisions} port; knows nothing of
 * boards, teams or orders. Its public types are the services ({@link Reviews}, {@link Dossiers},
 * {@link Register}, {@link ExpiryWatch}, {@link SaleGate}) and the records they take and give; the
 * sub-packages hold the entities and repositories, for this module only.
 */
package org.openspacemakers.marketplace.compliance;
