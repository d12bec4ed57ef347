package org.openspacemakers.marketplace.compliance;

import org.openspacemakers.marketplace.refusal.InvalidInput;

/** An uploaded evidence file is not accepted (wrong type, too large, empty); nothing was stored. */
public class EvidenceRefused extends InvalidInput {

    public EvidenceRefused(String key, Object... arguments) {
        super("file", key, arguments);
    }
}
