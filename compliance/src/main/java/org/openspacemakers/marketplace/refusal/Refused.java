package org.openspacemakers.marketplace.refusal;

import java.util.List;

/**
 * A business rule refuses the request, for every reason listed (never only the first). Nothing
 * was stored. {@code kind} names what was refused (an order, an approval), for the answer's type
 * and headline.
 */
public class Refused extends RuntimeException {

    private final String kind;
    private final List<Refusal> reasons;

    public Refused(String kind, List<Refusal> reasons) {
        super(kind + " refused: " + reasons.stream().map(Refusal::code).toList());
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one reason");
        }
        this.kind = kind;
        this.reasons = List.copyOf(reasons);
    }

    /** What was refused, as a short slug: {@code order-refused}, {@code dossier-incomplete}. */
    public String kind() {
        return kind;
    }

    public List<Refusal> reasons() {
        return reasons;
    }
}
