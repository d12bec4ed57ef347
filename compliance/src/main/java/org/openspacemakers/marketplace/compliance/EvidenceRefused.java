package org.openspacemakers.marketplace.compliance;

/** An uploaded evidence file is not accepted (wrong type, too large, empty); nothing was stored. */
public class EvidenceRefused extends RuntimeException {
    public EvidenceRefused(String message) {
        super(message);
    }
}
