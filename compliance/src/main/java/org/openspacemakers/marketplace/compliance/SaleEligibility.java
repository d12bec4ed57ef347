package org.openspacemakers.marketplace.compliance;

import java.util.List;
import org.openspacemakers.marketplace.refusal.Refusal;

/** The answer to a {@link SaleRequest}: eligible, or blocked with every reason that applies. */
public sealed interface SaleEligibility {

    boolean isEligible();

    List<Refusal> reasons();

    static SaleEligibility of(List<Refusal> reasons) {
        return reasons.isEmpty() ? new Eligible() : new Blocked(reasons);
    }

    /** Nothing stands in the way of the sale. */
    record Eligible() implements SaleEligibility {
        @Override
        public boolean isEligible() {
            return true;
        }

        @Override
        public List<Refusal> reasons() {
            return List.of();
        }
    }

    /** The sale is refused, for every reason listed. */
    record Blocked(List<Refusal> reasons) implements SaleEligibility {
        public Blocked {
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a blocked sale names at least one reason");
            }
            reasons = List.copyOf(reasons);
        }

        @Override
        public boolean isEligible() {
            return false;
        }
    }
}
