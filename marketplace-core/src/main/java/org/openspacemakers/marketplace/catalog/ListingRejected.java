package org.openspacemakers.marketplace.catalog;

import org.openspacemakers.marketplace.refusal.InvalidInput;

/** A team's listing input breaks a rule of the catalogue; names the field at fault and why (a message key). */
public class ListingRejected extends InvalidInput {

    public ListingRejected(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }

    /** Several fields at fault, each with its reason. */
    public ListingRejected(java.util.List<Problem> problems) {
        super(problems);
    }
}
