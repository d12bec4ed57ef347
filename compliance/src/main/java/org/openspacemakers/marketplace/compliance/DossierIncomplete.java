package org.openspacemakers.marketplace.compliance;

import java.util.List;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.Refused;

/**
 * A revision's dossier lacks something: handing the revision in is refused with every gap, and so
 * is approving it (there with the reviewer's unticked checklist and the battery registrations too).
 */
public class DossierIncomplete extends Refused {

    private DossierIncomplete(String kind, List<Refusal> reasons) {
        super(kind, reasons);
    }

    /** An approval refused, with every gap: the contract's {@code dossier-incomplete}. */
    public static DossierIncomplete onApproval(List<Refusal> reasons) {
        return new DossierIncomplete("dossier-incomplete", reasons);
    }

    /** A revision handed in with gaps in its dossier: nothing is submitted, the team is told each gap. */
    public static DossierIncomplete onSubmission(List<Refusal> gaps) {
        return new DossierIncomplete("submission-refused", gaps);
    }
}
