package org.openspacemakers.marketplace.catalog;

/** A team's listing input breaks a rule of the catalogue; names the field at fault and why. */
public class ListingRejected extends IllegalArgumentException {

    private final String field;

    public ListingRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
