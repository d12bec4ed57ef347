package org.openspacemakers.marketplace.catalog;

/** A list cursor that this store did not hand out. */
public class InvalidCursor extends RuntimeException {

    public InvalidCursor(String cursor) {
        super("not a cursor of this list: " + cursor);
    }
}
