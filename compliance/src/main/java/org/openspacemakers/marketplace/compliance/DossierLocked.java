package org.openspacemakers.marketplace.compliance;

import org.openspacemakers.marketplace.refusal.Conflict;

/** The dossier is frozen: its revision was submitted and no change was asked for. */
public class DossierLocked extends Conflict {

    public DossierLocked(ReviewStatus status) {
        super(INVALID_STATE, "conflict.dossierFrozen", status);
    }
}
