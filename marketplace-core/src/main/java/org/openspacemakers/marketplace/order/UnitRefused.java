package org.openspacemakers.marketplace.order;

import org.openspacemakers.marketplace.refusal.Conflict;

/** A unit cannot take this (code {@code INVALID_STATE}): shipped already, held by a recall, one passing board too many. */
public class UnitRefused extends Conflict {

    public UnitRefused(String key, Object... arguments) {
        super(INVALID_STATE, key, arguments);
    }
}
