package org.openspacemakers.marketplace.catalog;

import org.openspacemakers.marketplace.refusal.InvalidInput;

/** A list cursor that this store did not hand out. */
public class InvalidCursor extends InvalidInput {

    public InvalidCursor() {
        super("cursor", "invalid.cursor");
    }
}
