package org.openspacemakers.marketplace.compliance.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.openspacemakers.marketplace.compliance.DossierContent;

/** A standard applied, as stored. */
@Embeddable
class AppliedStandard {

    @Column(nullable = false, length = 100)
    private String number;

    @Column(nullable = false, length = 100)
    private String edition;

    @Column(name = "cited_in_oj", nullable = false)
    private boolean citedInOj;

    @Column(name = "parts_applied", nullable = false, length = 500)
    private String partsApplied;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    protected AppliedStandard() {
        // for JPA
    }

    AppliedStandard(DossierContent.Standard standard) {
        this.number = standard.number();
        this.edition = standard.edition();
        this.citedInOj = standard.citedInOj();
        this.partsApplied = standard.partsApplied();
        this.withdrawnOn = standard.withdrawnOn();
    }

    DossierContent.Standard view() {
        return new DossierContent.Standard(number, edition, citedInOj, partsApplied, withdrawnOn);
    }
}
