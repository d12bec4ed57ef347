package org.openspacemakers.marketplace.compliance.dossier;

import static org.openspacemakers.marketplace.compliance.dossier.Fields.limit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;

/** The SVHC section (REACH article 33): whether a substance of very high concern is above 0.1 %, and its disclosure. */
@Embeddable
class SvhcSection {

    @Column(name = "svhc_present", nullable = false)
    private boolean present;

    @Column(name = "svhc_disclosure", nullable = false, columnDefinition = "TEXT")
    private String disclosure = "";

    /** Takes the team's statements, refusing a disclosure too long for its column. */
    void replace(DossierContent.Svhc svhc) {
        present = svhc.present();
        disclosure = limit("svhc.disclosure", svhc.disclosure(), 5000);
    }

    DossierContent.Svhc content() {
        return new DossierContent.Svhc(present, disclosure);
    }

    boolean present() {
        return present;
    }

    /** What an approval lacks here: a substance present must be disclosed; without one, nothing. */
    List<Refusal> gaps() {
        return present && disclosure.isEmpty()
                ? List.of(Refusal.of(RefusalCode.SVHC_DISCLOSURE_MISSING, "SVHC disclosure"))
                : List.of();
    }
}
