package org.openspacemakers.marketplace.compliance.dossier;

import static org.openspacemakers.marketplace.compliance.dossier.Fields.clip;
import static org.openspacemakers.marketplace.compliance.dossier.Fields.limit;
import static org.openspacemakers.marketplace.compliance.dossier.Fields.requireUploaded;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.openspacemakers.marketplace.compliance.RevisionSubject;

/** The RoHS section: the category, the evidence of each BOM line and the process evidence (solder, PCB finish). */
@Embeddable
class RohsSection {

    @Column(name = "rohs_category")
    private Integer category;

    @ElementCollection
    @CollectionTable(name = "dossier_part_evidence", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    private List<PartEvidenceRow> parts = new ArrayList<>();

    @Column(name = "solder_description", nullable = false, length = 500)
    private String solderDescription = "";

    @Column(name = "solder_file", length = 64)
    private String solderFile;

    @Column(name = "pcb_finish", nullable = false, length = 200)
    private String pcbFinish = "";

    /** Refuses evidence for more BOM lines than a dossier lists, before any list of the content is walked. */
    static void bound(DossierContent.Rohs rohs) {
        if (rohs.parts().size() > Dossier.MAX_PART_EVIDENCE) {
            throw new DossierRejected("rohs.parts", "invalid.dossier.parts", Dossier.MAX_PART_EVIDENCE);
        }
    }

    /** Refuses a file that was not uploaded to the dossier, and a category RoHS does not have. */
    static void check(DossierContent.Rohs rohs, Predicate<String> uploaded) {
        requireUploaded("rohs.solderFile", rohs.solderFile(), uploaded);
        for (int i = 0; i < rohs.parts().size(); i++) {
            requireUploaded("rohs.parts[" + i + "].file", rohs.parts().get(i).file(), uploaded);
        }
        if (rohs.category() != null && (rohs.category() < 1 || rohs.category() > 11)) {
            throw new DossierRejected("rohs.category", "invalid.rohsCategory");
        }
    }

    /**
     * Takes the team's statements, refusing a BOM line's evidence that names no line and a text too
     * long for its column (what precedes it is then taken).
     */
    void replace(DossierContent.Rohs rohs) {
        category = rohs.category();
        parts.clear();
        for (int i = 0; i < rohs.parts().size(); i++) {
            DossierContent.PartEvidence part = rohs.parts().get(i);
            String field = "rohs.parts[" + i + "]";
            if (part.line().isEmpty()) {
                throw new DossierRejected(field + ".line", "invalid.dossier.line");
            }
            limit(field + ".line", part.line(), 5000);
            limit(field + ".manufacturer", part.manufacturer(), 200);
            limit(field + ".mpn", part.mpn(), 200);
            limit(field + ".distributorFlag", part.distributorFlag(), 100);
            limit(field + ".exemption", part.exemption(), 100);
            parts.add(new PartEvidenceRow(part));
        }
        solderDescription = limit("rohs.solderDescription", rohs.solderDescription(), 500);
        solderFile = rohs.solderFile();
        pcbFinish = limit("rohs.pcbFinish", rohs.pcbFinish(), 200);
    }

    DossierContent.Rohs content() {
        return new DossierContent.Rohs(category, parts.stream().map(PartEvidenceRow::view).toList(), solderDescription,
                solderFile, pcbFinish);
    }

    /**
     * What an approval lacks here: the category, a document for every placed BOM line (lines not
     * placed need none), the process evidence.
     */
    List<Refusal> gaps(List<RevisionSubject.BomLine> bomLines) {
        List<Refusal> gaps = new ArrayList<>();
        if (category == null) {
            gaps.add(Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING, "RoHS category"));
        }
        Map<String, DossierContent.PartEvidence> evidence = evidenceByLine();
        for (RevisionSubject.BomLine line : bomLines) {
            if (line.doNotPlace()) {
                continue;
            }
            DossierContent.PartEvidence part = evidence.get(RevisionSubject.BomLine.key(line.references()));
            if (part == null || part.file() == null || part.type() == null) {
                gaps.add(Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING, line.references()));
            }
        }
        if (solderFile == null || pcbFinish.isEmpty()) {
            gaps.add(Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING, "process evidence (solder, PCB finish)"));
        }
        return gaps;
    }

    /** The exemptions past their expiry on that day (an exemption still holds on the day it expires). */
    List<Refusal> expired(LocalDate today) {
        return parts.stream().map(PartEvidenceRow::view)
                .filter(p -> p.exemptionExpires() != null && p.exemptionExpires().isBefore(today))
                .map(p -> Refusal.of(RefusalCode.EVIDENCE_EXPIRED,
                        p.line() + ": exemption " + p.exemption() + " expired on " + p.exemptionExpires()))
                .toList();
    }

    /** The last day each exemption still holds: its expiry. */
    Stream<LocalDate> lastValidDays() {
        return parts.stream().map(PartEvidenceRow::view).map(DossierContent.PartEvidence::exemptionExpires)
                .filter(Objects::nonNull);
    }

    /**
     * The solder's evidence under {@code SOLDER}, then each BOM line's document under
     * {@link Dossier#ROHS_ITEM_PREFIX} and its references (cut to the 200 characters an item holds).
     */
    Map<String, String> evidenceHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        if (solderFile != null) {
            hashes.put("SOLDER", solderFile);
        }
        parts.stream().map(PartEvidenceRow::view).filter(p -> p.file() != null)
                .forEach(p -> hashes.put(clip(Dossier.ROHS_ITEM_PREFIX + p.line(), 200), p.file()));
        return hashes;
    }

    /** Each BOM line's evidence by its {@link RevisionSubject.BomLine#key matching} references; of two for one line, the last. */
    Map<String, DossierContent.PartEvidence> evidenceByLine() {
        Map<String, DossierContent.PartEvidence> byLine = new HashMap<>();
        parts.stream().map(PartEvidenceRow::view).forEach(p -> byLine.put(RevisionSubject.BomLine.key(p.line()), p));
        return byLine;
    }
}
