package org.openspacemakers.marketplace.compliance;

import org.openspacemakers.marketplace.refusal.InvalidInput;

/** A dossier field holds something it cannot (too long, a file not uploaded to the dossier). */
public class DossierRejected extends InvalidInput {

    public DossierRejected(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
