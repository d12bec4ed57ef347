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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.compliance.RohsExemptions;
import org.openspacemakers.marketplace.compliance.RohsRow;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;

/**
 * The RoHS section: the category, the evidence of each BOM line's part and accepted alternates, and the
 * process evidence (solder, PCB finish).
 */
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

    /**
     * Refuses a file that was not uploaded to the dossier, a category RoHS does not have, and an
     * exemption that is not in the table ({@link RohsExemptions}).
     */
    static void check(DossierContent.Rohs rohs, Predicate<String> uploaded) {
        requireUploaded("rohs.solderFile", rohs.solderFile(), uploaded);
        for (int i = 0; i < rohs.parts().size(); i++) {
            DossierContent.PartEvidence part = rohs.parts().get(i);
            requireUploaded("rohs.parts[" + i + "].file", part.file(), uploaded);
            if (!part.exemption().isEmpty() && RohsExemptions.find(part.exemption()).isEmpty()) {
                throw new DossierRejected("rohs.parts[" + i + "].exemption", "invalid.dossier.exemption");
            }
        }
        if (rohs.category() != null && (rohs.category() < 1 || rohs.category() > 11)) {
            throw new DossierRejected("rohs.category", "invalid.rohsCategory");
        }
    }

    /**
     * Takes the team's statements, refusing a BOM line's evidence that names no line and a text too
     * long for its column (what precedes it is then taken). An exemption is kept as the table writes it.
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
            String exemption = RohsExemptions.find(part.exemption()).map(RohsExemptions.Exemption::code)
                    .orElse(part.exemption());
            parts.add(new PartEvidenceRow(part, exemption));
        }
        solderDescription = limit("rohs.solderDescription", rohs.solderDescription(), 500);
        solderFile = rohs.solderFile();
        pcbFinish = limit("rohs.pcbFinish", rohs.pcbFinish(), 200);
    }

    DossierContent.Rohs content() {
        return new DossierContent.Rohs(category, evidence(), solderDescription, solderFile, pcbFinish);
    }

    /**
     * What an approval lacks here: the category; for every placed BOM line (lines not placed need
     * none) a document for its own part and one for each accepted alternate, none naming another
     * part ({@link RohsRow}); exemptions the table has for the category; the process evidence.
     */
    List<Refusal> gaps(List<RevisionSubject.BomLine> bomLines) {
        List<Refusal> gaps = new ArrayList<>();
        if (category == null) {
            gaps.add(Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING, "RoHS category"));
        }
        Map<String, List<DossierContent.PartEvidence>> evidence = evidenceByLine();
        for (RevisionSubject.BomLine line : bomLines) {
            if (line.doNotPlace()) {
                continue;
            }
            RohsRow.Matched matched = RohsRow.of(line, evidence.getOrDefault(line.key(), List.of()));
            for (RohsRow row : matched.rows()) {
                if (row.namesAnotherPart()) {
                    gaps.add(anotherPart(line, row.evidence()));
                } else if (!row.documented()) {
                    gaps.add(Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING,
                            row.alternate() == null ? line.references() : line.references() + ", alternate " + row.alternate()));
                }
            }
            matched.strays().forEach(stray -> gaps.add(anotherPart(line, stray)));
        }
        for (DossierContent.PartEvidence part : evidence()) {
            exemptionGap(part).ifPresent(gaps::add);
        }
        if (solderFile == null || pcbFinish.isEmpty()) {
            gaps.add(Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING, "process evidence (solder, PCB finish)"));
        }
        return gaps;
    }

    /** Evidence that names a part the line neither has nor accepts instead: it documents nothing the board may hold. */
    private static Refusal anotherPart(RevisionSubject.BomLine line, DossierContent.PartEvidence evidence) {
        List<String> accepted = new ArrayList<>(List.of(line.mpn()));
        accepted.addAll(line.alternates());
        return Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING, line.references() + ": the evidence names "
                + (evidence.mpn().isEmpty() ? "no MPN" : evidence.mpn()) + ", not " + String.join(" or ", accepted));
    }

    /** An exemption the table does not have (stated before the table existed), or not for this dossier's category. */
    private Optional<Refusal> exemptionGap(DossierContent.PartEvidence part) {
        if (part.exemption().isEmpty()) {
            return Optional.empty();
        }
        Optional<RohsExemptions.Exemption> exemption = RohsExemptions.find(part.exemption());
        if (exemption.isEmpty()) {
            return Optional.of(Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING,
                    part.line() + ": exemption " + part.exemption() + " is not an exemption of RoHS Annex III or IV"));
        }
        if (category != null && exemption.get().validity(category).isEmpty()) {
            return Optional.of(Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING,
                    part.line() + ": exemption " + part.exemption() + " does not cover RoHS category " + category));
        }
        return Optional.empty();
    }

    /**
     * The exemptions past their last day for the dossier's category on that day (an exemption still
     * holds on its last day), as the table gives it.
     */
    List<Refusal> expired(LocalDate today) {
        List<Refusal> expired = new ArrayList<>();
        for (DossierContent.PartEvidence part : evidence()) {
            RohsExemptions.lastDay(part.exemption(), category).filter(day -> day.isBefore(today))
                    .ifPresent(day -> expired.add(Refusal.of(RefusalCode.EVIDENCE_EXPIRED,
                            part.line() + ": exemption " + part.exemption() + " expired on " + day)));
        }
        return expired;
    }

    /** The last day each exemption still holds for the dossier's category (none while a renewal is pending). */
    Stream<LocalDate> lastValidDays() {
        return evidence().stream().map(p -> RohsExemptions.lastDay(p.exemption(), category)).flatMap(Optional::stream);
    }

    /**
     * The solder's evidence under {@code SOLDER}, then each part's document under
     * {@link Dossier#ROHS_ITEM_PREFIX} and its line's references, followed by its MPN when the line
     * already has one (an alternate's), cut to the 200 characters an item holds.
     */
    Map<String, String> evidenceHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        if (solderFile != null) {
            hashes.put("SOLDER", solderFile);
        }
        evidence().stream().filter(p -> p.file() != null).forEach(p -> {
            String item = clip(Dossier.ROHS_ITEM_PREFIX + p.line(), 200);
            hashes.put(hashes.containsKey(item) ? clip(Dossier.ROHS_ITEM_PREFIX + p.line() + " " + p.mpn(), 200) : item,
                    p.file());
        });
        return hashes;
    }

    /** The evidence stated for each BOM line, by its {@link RevisionSubject.BomLine#key matching} references, in order. */
    Map<String, List<DossierContent.PartEvidence>> evidenceByLine() {
        return evidence().stream().collect(Collectors.groupingBy(p -> RevisionSubject.BomLine.key(p.line()),
                LinkedHashMap::new, Collectors.toList()));
    }

    private List<DossierContent.PartEvidence> evidence() {
        return parts.stream().map(PartEvidenceRow::view).toList();
    }
}
