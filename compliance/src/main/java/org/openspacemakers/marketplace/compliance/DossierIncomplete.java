package org.openspacemakers.marketplace.compliance;

import java.util.List;

/** An approval refused because the dossier (or the reviewer's checklist) is incomplete; names every gap. */
public class DossierIncomplete extends RuntimeException {
    private final List<Refusal> reasons;

    public DossierIncomplete(List<Refusal> reasons) {
        super("the dossier is incomplete: " + reasons);
        this.reasons = List.copyOf(reasons);
    }

    public List<Refusal> reasons() {
        return reasons;
    }
}
