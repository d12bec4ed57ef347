package org.openspacemakers.marketplace.compliance;

import java.util.Objects;
import java.util.UUID;

/** A board revision as compliance knows it: by reference only. */
public record RevisionRef(UUID id) {

    public RevisionRef {
        Objects.requireNonNull(id, "revision id");
    }

    public static RevisionRef of(UUID id) {
        return new RevisionRef(id);
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
