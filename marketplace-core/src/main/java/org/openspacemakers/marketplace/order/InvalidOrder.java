package org.openspacemakers.marketplace.order;

import java.util.List;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/** The request names things that do not exist (an unknown offer); each problem names its field. */
public class InvalidOrder extends InvalidInput {

    public InvalidOrder(List<Problem> problems) {
        super(problems);
    }
}
