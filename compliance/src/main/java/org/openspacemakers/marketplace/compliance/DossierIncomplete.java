package org.openspacemakers.marketplace.compliance;

import java.util.List;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.Refused;

/** An approval refused because the dossier (or the reviewer's checklist) is incomplete; names every gap. */
public class DossierIncomplete extends Refused {

    public DossierIncomplete(List<Refusal> reasons) {
        super("dossier-incomplete", reasons);
    }
}
