package org.openspacemakers.marketplace.compliance.dossier;

import static org.openspacemakers.marketplace.compliance.dossier.Fields.limit;
import static org.openspacemakers.marketplace.compliance.dossier.Fields.missing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;

/**
 * The EU Declaration of Conformity as the CE section stores it: number, the revision it declares
 * (label and BOM hash), signatory, place and date, and the signed file. It counts only for the
 * revision it names: a declaration naming another one (the previous revision's, copied) is no
 * declaration of this one (COMPLIANCE-DOMAIN.md, "The DoC is per revision").
 */
@Embeddable
class DeclarationOfConformity {

    /** The characters of a BOM hash a refusal shows: enough to tell two apart. */
    private static final int HASH_SHOWN = 12;

    @Column(name = "doc_number", nullable = false, length = 100)
    private String number = "";

    @Column(name = "doc_revision_label", nullable = false, length = 40)
    private String revisionLabel = "";

    @Column(name = "doc_bom_hash", nullable = false, length = 64)
    private String bomHash = "";

    @Column(name = "doc_signatory_name", nullable = false, length = 200)
    private String signatoryName = "";

    @Column(name = "doc_signatory_function", nullable = false, length = 200)
    private String signatoryFunction = "";

    @Column(name = "doc_place", nullable = false, length = 200)
    private String place = "";

    @Column(name = "doc_signed_on")
    private LocalDate signedOn;

    @Column(name = "doc_file", length = 64)
    private String file;

    /** Takes the team's statement, refusing a text too long for its column (what precedes it is then taken). */
    void replace(DossierContent.Declaration declaration) {
        number = limit("ce.docNumber", declaration.number(), 100);
        revisionLabel = limit("ce.docRevisionLabel", declaration.revisionLabel(), 40);
        bomHash = limit("ce.docBomHash", declaration.bomHash(), 64);
        signatoryName = limit("ce.docSignatoryName", declaration.signatoryName(), 200);
        signatoryFunction = limit("ce.docSignatoryFunction", declaration.signatoryFunction(), 200);
        place = limit("ce.docPlace", declaration.place(), 200);
        signedOn = declaration.signedOn();
        file = declaration.file();
    }

    DossierContent.Declaration view() {
        return new DossierContent.Declaration(number, revisionLabel, bomHash, signatoryName, signatoryFunction, place,
                signedOn, file);
    }

    /** The signed file's SHA-256, or null before one is named. */
    String file() {
        return file;
    }

    /**
     * What keeps this from being the declaration of the revision covered: the file and each of its
     * particulars missing, or a revision label or BOM hash other than the revision's.
     */
    List<Refusal> gaps(RevisionSubject covered) {
        List<Refusal> gaps = new ArrayList<>();
        if (file == null) {
            gaps.add(Refusal.of(RefusalCode.DOC_MISSING, "declaration file"));
        }
        missing(gaps, RefusalCode.DOC_MISSING, number, "declaration number");
        if (revisionLabel.isEmpty()) {
            gaps.add(Refusal.of(RefusalCode.DOC_MISSING, "declaration's hardware revision"));
        } else if (!revisionLabel.equals(covered.label())) {
            gaps.add(Refusal.of(RefusalCode.DOC_MISSING,
                    "declaration names revision " + revisionLabel + ", not " + covered.label()));
        }
        if (bomHash.isEmpty()) {
            gaps.add(Refusal.of(RefusalCode.DOC_MISSING, "declaration's BOM hash"));
        } else if (!bomHash.equalsIgnoreCase(covered.bomHash())) {
            gaps.add(Refusal.of(RefusalCode.DOC_MISSING,
                    "declaration names BOM " + shown(bomHash) + ", not " + shown(covered.bomHash())));
        }
        missing(gaps, RefusalCode.DOC_MISSING, signatoryName, "declaration signatory");
        missing(gaps, RefusalCode.DOC_MISSING, signatoryFunction, "signatory's function");
        missing(gaps, RefusalCode.DOC_MISSING, place, "place of signature");
        if (signedOn == null) {
            gaps.add(Refusal.of(RefusalCode.DOC_MISSING, "date of signature"));
        }
        return gaps;
    }

    private static String shown(String hash) {
        if (hash.isEmpty()) {
            return "none";
        }
        return hash.length() <= HASH_SHOWN ? hash : hash.substring(0, HASH_SHOWN) + "…";
    }
}
