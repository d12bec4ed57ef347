package org.openspacemakers.marketplace.compliance;

/** The dossier is frozen: its revision was submitted and no change was asked for. */
public class DossierLocked extends RuntimeException {
    private final ReviewStatus status;

    public DossierLocked(ReviewStatus status) {
        super("the dossier is frozen while the revision is " + status
                + "; a change needs the reviewer to ask for it, or a new revision");
        this.status = status;
    }

    public ReviewStatus status() {
        return status;
    }
}
