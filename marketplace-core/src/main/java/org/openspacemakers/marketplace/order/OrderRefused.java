package org.openspacemakers.marketplace.order;

import java.util.List;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.Refused;

/** The order breaks a business rule: every reason is listed. Nothing was stored. */
public class OrderRefused extends Refused {

    public OrderRefused(List<Refusal> reasons) {
        super("order-refused", reasons);
    }
}
