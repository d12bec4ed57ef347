package org.openspacemakers.marketplace.order;

import java.util.List;
import org.openspacemakers.marketplace.compliance.Refusal;

/** The order breaks a business rule: every reason is listed. Nothing was stored. */
public class OrderRefused extends RuntimeException {

    private final List<Refusal> reasons;

    public OrderRefused(List<Refusal> reasons) {
        super("order refused: " + reasons);
        this.reasons = List.copyOf(reasons);
    }

    public List<Refusal> reasons() {
        return reasons;
    }
}
