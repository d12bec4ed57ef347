package org.openspacemakers.marketplace.compliance;

/** A dossier field holds something it cannot (too long, a file not uploaded to the dossier). */
public class DossierRejected extends RuntimeException {
    private final String field;

    public DossierRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
