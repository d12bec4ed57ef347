package org.openspacemakers.marketplace.compliance.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.openspacemakers.marketplace.compliance.DossierContent;

/** The RoHS evidence of one part of a BOM line (its own or an accepted alternate), as stored. */
@Embeddable
class PartEvidenceRow {

    @Column(name = "line_references", nullable = false, columnDefinition = "TEXT")
    private String line;

    @Column(nullable = false, length = 200)
    private String manufacturer;

    @Column(nullable = false, length = 200)
    private String mpn;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_type", length = 40)
    private DossierContent.EvidenceType type;

    @Column(name = "file_sha256", length = 64)
    private String file;

    @Column(name = "document_date")
    private LocalDate documentDate;

    @Column(name = "distributor_flag", nullable = false, length = 100)
    private String distributorFlag;

    @Column(name = "flag_read_on")
    private LocalDate flagReadOn;

    @Column(nullable = false, length = 100)
    private String exemption;

    protected PartEvidenceRow() {
        // for JPA
    }

    /** The evidence as stated, its exemption written as the table writes it. */
    PartEvidenceRow(DossierContent.PartEvidence evidence, String exemption) {
        this.line = evidence.line();
        this.manufacturer = evidence.manufacturer();
        this.mpn = evidence.mpn();
        this.type = evidence.type();
        this.file = evidence.file();
        this.documentDate = evidence.documentDate();
        this.distributorFlag = evidence.distributorFlag();
        this.flagReadOn = evidence.flagReadOn();
        this.exemption = exemption;
    }

    DossierContent.PartEvidence view() {
        return new DossierContent.PartEvidence(line, manufacturer, mpn, type, file, documentDate, distributorFlag,
                flagReadOn, exemption);
    }
}
