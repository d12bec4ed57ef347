/**
 * The compliance dossier of a board revision: what its team states and the evidence files behind
 * it, frozen once the revision is submitted.
 */
package org.openspacemakers.marketplace.compliance.dossier;
