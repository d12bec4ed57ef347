package org.openspacemakers.marketplace.compliance.dossier;

import static org.openspacemakers.marketplace.compliance.dossier.Fields.clip;
import static org.openspacemakers.marketplace.compliance.dossier.Fields.limit;
import static org.openspacemakers.marketplace.compliance.dossier.Fields.missing;
import static org.openspacemakers.marketplace.compliance.dossier.Fields.normalise;
import static org.openspacemakers.marketplace.compliance.dossier.Fields.requireUploaded;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierContent.Act;
import org.openspacemakers.marketplace.compliance.DossierContent.EmcClass;
import org.openspacemakers.marketplace.compliance.DossierContent.IntendedUse;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.compliance.EvidenceFile;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.Refusal;
import org.openspacemakers.marketplace.compliance.RefusalCode;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.compliance.SaleRequest;
import org.openspacemakers.marketplace.compliance.SuppliedPart;

/**
 * The compliance dossier of one board revision: the team's statements section by section, the
 * evidence files uploaded to it, and, from submission on, the revision it covers (label, BOM hash,
 * firmware, BOM lines) frozen. It knows what is missing before an approval and which of its own
 * rules refuse a sale.
 */
@Entity
@Table(name = "dossiers")
public class Dossier {

    /** The acknowledgement a buyer gives for a class A product. */
    public static final String CLASS_A_ACKNOWLEDGEMENT = "EMC_CLASS_A";

    /** The evidence-hash key of a BOM line's RoHS document. */
    public static final String ROHS_ITEM_PREFIX = "ROHS ";

    @Id
    private UUID id;

    @Column(name = "revision_id", nullable = false, updatable = false, unique = true)
    private UUID revisionId;

    @Version
    private Long version;

    @Column(name = "board_name", nullable = false, length = 200)
    private String boardName = "";

    @Column(name = "revision_label", nullable = false, length = 40)
    private String revisionLabel = "";

    @Column(name = "bom_hash", nullable = false, length = 64)
    private String bomHash = "";

    @Column(name = "firmware_version", nullable = false, length = 40)
    private String firmwareVersion = "";

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "dossier_acts", joinColumns = @JoinColumn(name = "dossier_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "act", length = 10)
    private Set<Act> acts = new HashSet<>();

    @Column(name = "scope_rationale", nullable = false, columnDefinition = "TEXT")
    private String scopeRationale = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "intended_use", nullable = false, length = 40)
    private IntendedUse intendedUse = IntendedUse.FINISHED_PRODUCT;

    @Column(name = "supply_voltage", nullable = false, length = 200)
    private String supplyVoltage = "";

    @Column(name = "mains_supplied", nullable = false)
    private boolean mainsSupplied;

    @Column(nullable = false)
    private boolean radio;

    @Column(name = "internet_connected", nullable = false)
    private boolean internetConnected;

    @Enumerated(EnumType.STRING)
    @Column(name = "emc_class", length = 1)
    private EmcClass emcClass;

    @ElementCollection
    @CollectionTable(name = "dossier_standards", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    private List<AppliedStandard> standards = new ArrayList<>();

    @Column(name = "technical_file_ref", nullable = false, length = 500)
    private String technicalFileRef = "";

    @Column(name = "doc_number", nullable = false, length = 100)
    private String docNumber = "";

    @Column(name = "doc_file", length = 64)
    private String docFile;

    @Column(name = "radio_evidence_file", length = 64)
    private String radioEvidenceFile;

    @Column(name = "rohs_category")
    private Integer rohsCategory;

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

    @Embedded
    private WeeeSection weee = new WeeeSection();

    @Embedded
    private GpsrSection gpsr = new GpsrSection();

    @Embedded
    private BatterySection battery = new BatterySection();

    @Embedded
    private SvhcSection svhc = new SvhcSection();

    @ElementCollection
    @CollectionTable(name = "dossier_files", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    private List<StoredEvidence> files = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "dossier_bom_lines", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    private List<FrozenBomLine> bom = new ArrayList<>();

    protected Dossier() {
        // for JPA
    }

    private Dossier(RevisionRef revision, Instant at) {
        this.id = UUID.randomUUID();
        this.revisionId = revision.id();
        this.updatedAt = at;
    }

    /** An empty dossier for a revision, to be filled by its team. */
    public static Dossier start(RevisionRef revision, Instant at) {
        return new Dossier(revision, at);
    }

    /** A draft dossier for the next revision, with this one's statements and files. */
    public Dossier copyFor(RevisionRef next, Instant at) {
        Dossier copy = new Dossier(next, at);
        files.forEach(file -> copy.files.add(new StoredEvidence(file.view())));
        copy.replace(content(), at);
        return copy;
    }

    public RevisionRef revision() {
        return RevisionRef.of(revisionId);
    }

    /** Whether the revision was handed in with this dossier (its subject is then recorded). */
    public boolean frozen() {
        return frozenAt != null;
    }

    public Optional<Instant> frozenAt() {
        return Optional.ofNullable(frozenAt);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Replaces what the team states; every file it names must have been uploaded to this dossier. */
    public void replace(DossierContent content, Instant at) {
        DossierContent.Ce ce = content.ce();
        if (ce.standards().size() > MAX_STANDARDS) {
            throw new DossierRejected("ce.standards", "lists at most " + MAX_STANDARDS + " standards");
        }
        if (content.rohs().parts().size() > MAX_PART_EVIDENCE) {
            throw new DossierRejected("rohs.parts", "lists at most " + MAX_PART_EVIDENCE + " BOM lines");
        }
        requireFile("ce.docFile", ce.docFile());
        requireFile("ce.radioEvidenceFile", ce.radioEvidenceFile());
        requireFile("rohs.solderFile", content.rohs().solderFile());
        for (int i = 0; i < content.rohs().parts().size(); i++) {
            requireFile("rohs.parts[" + i + "].file", content.rohs().parts().get(i).file());
        }
        if (content.rohs().category() != null && (content.rohs().category() < 1 || content.rohs().category() > 11)) {
            throw new DossierRejected("rohs.category", "is a RoHS category from 1 to 11");
        }
        GpsrSection.check(content.gpsr());
        acts.clear();
        acts.addAll(ce.acts());
        scopeRationale = limit("ce.scopeRationale", ce.scopeRationale(), 5000);
        intendedUse = ce.intendedUse();
        supplyVoltage = limit("ce.supplyVoltage", ce.supplyVoltage(), 200);
        mainsSupplied = ce.mainsSupplied();
        radio = ce.radio();
        internetConnected = ce.internetConnected();
        emcClass = ce.emcClass();
        standards.clear();
        for (int i = 0; i < ce.standards().size(); i++) {
            DossierContent.Standard standard = ce.standards().get(i);
            limit("ce.standards[" + i + "].number", standard.number(), 100);
            limit("ce.standards[" + i + "].edition", standard.edition(), 100);
            limit("ce.standards[" + i + "].partsApplied", standard.partsApplied(), 500);
            standards.add(new AppliedStandard(standard));
        }
        technicalFileRef = limit("ce.technicalFileRef", ce.technicalFileRef(), 500);
        docNumber = limit("ce.docNumber", ce.docNumber(), 100);
        docFile = ce.docFile();
        radioEvidenceFile = ce.radioEvidenceFile();
        DossierContent.Rohs rohs = content.rohs();
        rohsCategory = rohs.category();
        parts.clear();
        for (int i = 0; i < rohs.parts().size(); i++) {
            DossierContent.PartEvidence part = rohs.parts().get(i);
            String field = "rohs.parts[" + i + "]";
            if (part.line().isEmpty()) {
                throw new DossierRejected(field + ".line", "names the BOM line's references, as in the BOM");
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
        weee.replace(content.weee());
        gpsr.replace(content.gpsr());
        battery.replace(content.battery());
        svhc.replace(content.svhc());
        updatedAt = at;
    }

    /** Adds an uploaded evidence file (the same content twice is kept once). */
    public EvidenceFile attach(EvidenceFile file) {
        Optional<StoredEvidence> known = files.stream().filter(f -> f.sha256().equals(file.sha256())).findFirst();
        if (known.isPresent()) {
            return known.get().view();
        }
        if (files.size() >= MAX_FILES) {
            throw new DossierRejected("file", "a dossier holds at most " + MAX_FILES + " files");
        }
        files.add(new StoredEvidence(file));
        updatedAt = file.uploadedAt();
        return file;
    }

    static final int MAX_FILES = 500;
    static final int MAX_STANDARDS = 50;
    static final int MAX_PART_EVIDENCE = 2000;

    /** Records the revision the dossier covers as it is handed in. */
    public void freeze(RevisionSubject subject, Instant at) {
        boardName = clip(subject.board(), 200);
        revisionLabel = clip(subject.label(), 40);
        bomHash = clip(subject.bomHash(), 64);
        firmwareVersion = clip(subject.firmwareVersion(), 40);
        bom.clear();
        subject.bom().forEach(line -> bom.add(new FrozenBomLine(line)));
        frozenAt = at;
    }

    public DossierContent content() {
        return new DossierContent(
                new DossierContent.Ce(EnumSet.copyOf(acts.isEmpty() ? EnumSet.noneOf(Act.class) : acts), scopeRationale,
                        intendedUse, supplyVoltage, mainsSupplied, radio, internetConnected, emcClass,
                        standards.stream().map(AppliedStandard::view).toList(), technicalFileRef, docNumber, docFile,
                        radioEvidenceFile),
                new DossierContent.Rohs(rohsCategory, parts.stream().map(PartEvidenceRow::view).toList(), solderDescription,
                        solderFile, pcbFinish),
                weee.content(), gpsr.content(), battery.content(), svhc.content());
    }

    /** The revision as frozen on submission (empty fields before). */
    public RevisionSubject subject() {
        return new RevisionSubject(revision(), boardName, revisionLabel, bomHash, firmwareVersion,
                bom.stream().map(FrozenBomLine::view).toList());
    }

    public List<EvidenceFile> files() {
        return files.stream().map(StoredEvidence::view).toList();
    }

    public Optional<EvidenceFile> file(String sha256) {
        return files.stream().filter(f -> f.sha256().equals(sha256)).map(StoredEvidence::view).findFirst();
    }

    public boolean batteryOnBoard() {
        return battery.onBoard();
    }

    /**
     * Everything a reviewer needs and the dossier lacks, item by item, judged against the BOM lines
     * it covers (the frozen ones once submitted) on the given day. Empty when it is complete.
     */
    public List<Refusal> gaps(List<RevisionSubject.BomLine> bomLines, LocalDate today) {
        List<Refusal> gaps = new ArrayList<>();
        if (acts.isEmpty()) {
            gaps.add(Refusal.of(RefusalCode.CE_INFO_INCOMPLETE, "applicable acts"));
        }
        if (radio && !acts.contains(Act.RED)) {
            gaps.add(Refusal.of(RefusalCode.CE_INFO_INCOMPLETE, "radio on board: the RED applies"));
        }
        missing(gaps, RefusalCode.CE_INFO_INCOMPLETE, scopeRationale, "scope rationale");
        missing(gaps, RefusalCode.CE_INFO_INCOMPLETE, supplyVoltage, "supply voltage");
        if (emcClass == null) {
            gaps.add(Refusal.of(RefusalCode.CE_INFO_INCOMPLETE, "EMC class"));
        }
        if (standards.isEmpty()) {
            gaps.add(Refusal.of(RefusalCode.CE_INFO_INCOMPLETE, "standards applied"));
        }
        standards.stream().map(AppliedStandard::view)
                .filter(s -> s.number().isEmpty() || s.edition().isEmpty())
                .forEach(s -> gaps.add(Refusal.of(RefusalCode.CE_INFO_INCOMPLETE, "standard without number or edition")));
        missing(gaps, RefusalCode.CE_INFO_INCOMPLETE, technicalFileRef, "technical file reference");
        if (docFile == null || docNumber.isEmpty()) {
            gaps.add(Refusal.of(RefusalCode.DOC_MISSING, docFile == null ? "declaration file" : "declaration number"));
        }
        if (radio && radioEvidenceFile == null) {
            gaps.add(Refusal.of(RefusalCode.RADIO_EVIDENCE_MISSING, internetConnected
                    ? "RED assessment, with art. 3(3)(d/e/f) cybersecurity" : "RED assessment"));
        }
        if (rohsCategory == null) {
            gaps.add(Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING, "RoHS category"));
        }
        Map<String, DossierContent.PartEvidence> evidence = evidenceByLine();
        for (RevisionSubject.BomLine line : bomLines) {
            if (line.doNotPlace()) {
                continue;
            }
            DossierContent.PartEvidence part = evidence.get(normalise(line.references()));
            if (part == null || part.file() == null || part.type() == null) {
                gaps.add(Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING, line.references()));
            }
        }
        if (solderFile == null || pcbFinish.isEmpty()) {
            gaps.add(Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING, "process evidence (solder, PCB finish)"));
        }
        gaps.addAll(expired(today));
        gaps.addAll(weee.gaps());
        gaps.addAll(gpsr.gaps());
        gaps.addAll(battery.gaps());
        gaps.addAll(svhc.gaps());
        return gaps;
    }

    /** Exemptions past their expiry and standards withdrawn, on that day. */
    private List<Refusal> expired(LocalDate today) {
        List<Refusal> expired = new ArrayList<>();
        parts.stream().map(PartEvidenceRow::view)
                .filter(p -> p.exemptionExpires() != null && p.exemptionExpires().isBefore(today))
                .forEach(p -> expired.add(Refusal.of(RefusalCode.EVIDENCE_EXPIRED,
                        p.line() + ": exemption " + p.exemption() + " expired on " + p.exemptionExpires())));
        standards.stream().map(AppliedStandard::view)
                .filter(s -> s.withdrawnOn() != null && !s.withdrawnOn().isAfter(today))
                .forEach(s -> expired.add(Refusal.of(RefusalCode.EVIDENCE_EXPIRED,
                        s.number() + " withdrawn on " + s.withdrawnOn())));
        return expired;
    }

    /** The earliest day something in the dossier stops being valid: an exemption's expiry, a standard's withdrawal. */
    public Optional<LocalDate> earliestExpiry() {
        return Stream.concat(
                        parts.stream().map(PartEvidenceRow::view).map(DossierContent.PartEvidence::exemptionExpires),
                        standards.stream().map(AppliedStandard::view).map(s -> s.withdrawnOn() == null ? null
                                : s.withdrawnOn().minusDays(1)))
                .filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo);
    }

    /** The checklist items that apply to this dossier, in order. */
    public List<ChecklistItem> checklist() {
        return EnumSet.allOf(ChecklistItem.class).stream()
                .filter(item -> item != ChecklistItem.RADIO || radio)
                .filter(item -> item != ChecklistItem.BATTERY || battery.onBoard())
                .filter(item -> item != ChecklistItem.SVHC || svhc.present())
                .toList();
    }

    /** The evidence an approval sees: item to the SHA-256 of its file. */
    public Map<String, String> evidenceHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        if (docFile != null) {
            hashes.put("DOC", docFile);
        }
        if (radioEvidenceFile != null) {
            hashes.put("RADIO", radioEvidenceFile);
        }
        if (solderFile != null) {
            hashes.put("SOLDER", solderFile);
        }
        parts.stream().map(PartEvidenceRow::view).filter(p -> p.file() != null)
                .forEach(p -> hashes.put(clip(ROHS_ITEM_PREFIX + p.line(), 200), p.file()));
        return hashes;
    }

    /**
     * This dossier's own reasons to refuse a sale: what an approved dossier may never lack (one
     * reason per kind, naming the first items), the buyer's kind and acknowledgements, the
     * destination's language and, for assembly-only, the parts the buyer declares.
     */
    public List<Refusal> saleRefusals(SaleRequest request, LocalDate today) {
        List<Refusal> refusals = new ArrayList<>();
        Map<RefusalCode, List<String>> byCode = new LinkedHashMap<>();
        gaps(subject().bom(), today).forEach(gap -> byCode.computeIfAbsent(gap.code(), c -> new ArrayList<>()).add(gap.subject()));
        byCode.forEach((code, subjects) -> refusals.add(new Refusal(code, summary(subjects))));
        if (intendedUse == IntendedUse.PROFESSIONAL_RND_ONLY && request.buyerType() == BuyerType.CONSUMER) {
            refusals.add(Refusal.of(RefusalCode.CONSUMER_NOT_ALLOWED, request.buyerType()));
        }
        if (emcClass == EmcClass.A && !request.acknowledgements().contains(CLASS_A_ACKNOWLEDGEMENT)) {
            refusals.add(Refusal.of(RefusalCode.ACKNOWLEDGEMENT_REQUIRED, CLASS_A_ACKNOWLEDGEMENT));
        }
        refusals.addAll(gpsr.saleRefusals(request));
        if (request.offerKind() == OfferKind.ASSEMBLY_ONLY && !request.suppliedParts().isEmpty()) {
            List<String> mismatches = mismatches(request.suppliedParts());
            if (!mismatches.isEmpty()) {
                refusals.add(new Refusal(RefusalCode.PARTS_MISMATCH, summary(mismatches)));
            }
        }
        return refusals;
    }

    /** The declared parts that do not fit the frozen BOM: an unknown reference, or an MPN not approved for it. */
    private List<String> mismatches(List<SuppliedPart> supplied) {
        Map<String, DossierContent.PartEvidence> evidence = evidenceByLine();
        List<String> mismatches = new ArrayList<>();
        for (SuppliedPart part : supplied) {
            Optional<FrozenBomLine> line = bom.stream()
                    .filter(l -> !l.doNotPlace() && l.referenceList().contains(part.reference()))
                    .findFirst();
            if (line.isEmpty()) {
                mismatches.add(part.reference() + " is not in the approved BOM");
                continue;
            }
            Set<String> accepted = new HashSet<>();
            accepted.add(line.get().mpn());
            accepted.addAll(line.get().alternates());
            DossierContent.PartEvidence documented = evidence.get(normalise(line.get().references()));
            if (documented != null) {
                accepted.add(documented.mpn());
            }
            Set<String> acceptedKeys = accepted.stream().filter(mpn -> !mpn.isBlank()).map(Dossier::mpnKey)
                    .collect(Collectors.toSet());
            if (!acceptedKeys.contains(mpnKey(part.mpn()))) {
                mismatches.add(part.reference() + ": " + part.mpn());
            }
        }
        return mismatches;
    }

    private Map<String, DossierContent.PartEvidence> evidenceByLine() {
        Map<String, DossierContent.PartEvidence> byLine = new HashMap<>();
        parts.stream().map(PartEvidenceRow::view).forEach(p -> byLine.put(normalise(p.line()), p));
        return byLine;
    }

    private static String mpnKey(String mpn) {
        return mpn.strip().toUpperCase(Locale.ROOT);
    }

    private static String summary(List<String> subjects) {
        List<String> named = subjects.stream().filter(s -> !s.isBlank()).toList();
        String joined = String.join("; ", named.subList(0, Math.min(3, named.size())));
        return named.size() > 3 ? joined + " (and " + (named.size() - 3) + " more)" : joined;
    }

    private void requireFile(String field, String sha256) {
        requireUploaded(field, sha256, uploaded -> file(uploaded).isPresent());
    }
}
