package org.openspacemakers.marketplace.refusal;

/**
 * The person may see this but not do it (a reviewer deciding on their own team's revision):
 * {@code kind} names the rule as a short slug, {@code key} says it in words.
 */
public class Forbidden extends RuntimeException {

    private final String kind;
    private final String key;

    public Forbidden(String kind, String key) {
        super(kind);
        this.kind = kind;
        this.key = key;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
