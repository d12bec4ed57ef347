package org.openspacemakers.marketplace.compliance.dossier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierIncomplete;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.compliance.EvidenceFile;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.compliance.SaleRequest;
import org.openspacemakers.marketplace.compliance.WeeeCategory;

/**
 * The compliance dossier of one board revision: the team's statements section by section, the
 * evidence files uploaded to it, and, from submission on, the revision it covers (label, BOM hash,
 * firmware, BOM lines) frozen. It knows what is missing before an approval and which of its own
 * rules refuse a sale.
 *
 * <p>Each section (CE, RoHS, WEEE, GPSR, battery, SVHC) owns its columns, its checks and its gaps;
 * the dossier keeps the order across them: gaps CE, RoHS, expiries, WEEE, GPSR, battery, SVHC.
 */
@Entity
@Table(name = "dossiers")
public class Dossier {

    /** The evidence-hash key of a BOM line's RoHS document. */
    public static final String ROHS_ITEM_PREFIX = "ROHS ";

    static final int MAX_FILES = 500;
    static final int MAX_STANDARDS = 50;
    static final int MAX_PART_EVIDENCE = 2000;

    @Id
    private UUID id;

    @Column(name = "revision_id", nullable = false, updatable = false, unique = true)
    private UUID revisionId;

    @Version
    private Long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // Hibernate loads an embedded object whose columns are all null as null: each of these keeps a NOT NULL column.
    @Embedded
    private FrozenSubject subject = new FrozenSubject();

    @Embedded
    private CeSection ce = new CeSection();

    @Embedded
    private RohsSection rohs = new RohsSection();

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

    /**
     * A draft dossier for the next revision, with this one's statements and files, taken as they are,
     * but no declaration of conformity: this one's declares this revision, and stays among the files
     * as evidence only. What this dossier was allowed to state then (an exemption from before the
     * table) shows as a gap of the copy, for its team to mend, rather than refusing the new revision.
     */
    public Dossier copyFor(RevisionRef next, Instant at) {
        Dossier copy = new Dossier(next, at);
        files.forEach(file -> copy.files.add(new StoredEvidence(file.view())));
        copy.take(content().with(DossierContent.Declaration.none()), at);
        return copy;
    }

    public RevisionRef revision() {
        return RevisionRef.of(revisionId);
    }

    /** Whether the revision was handed in with this dossier (its subject is then recorded). */
    public boolean frozen() {
        return frozenAt().isPresent();
    }

    public Optional<Instant> frozenAt() {
        return subject.frozenAt();
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Replaces what the team states; every file it names must have been uploaded to this dossier. */
    public void replace(DossierContent content, Instant at) {
        // Refused before anything changes: a list longer than a dossier holds (named before any list
        // is walked), a file not uploaded here, a RoHS category or a warning language that does not exist.
        CeSection.bound(content.ce());
        RohsSection.bound(content.rohs());
        CeSection.check(content.ce(), sha256 -> file(sha256).isPresent());
        RohsSection.check(content.rohs(), sha256 -> file(sha256).isPresent());
        GpsrSection.check(content.gpsr());
        take(content, at);
    }

    private void take(DossierContent content, Instant at) {
        ce.replace(content.ce());
        rohs.replace(content.rohs());
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
            throw new DossierRejected("file", "invalid.dossier.files", MAX_FILES);
        }
        files.add(new StoredEvidence(file));
        updatedAt = file.uploadedAt();
        return file;
    }

    /**
     * Records the revision the dossier covers as it is handed in. Refused, naming every gap, while
     * the dossier lacks anything {@link #gaps} names for that revision on that day: the same rule an
     * approval applies, so a reviewer never receives an incomplete file.
     */
    public void freeze(RevisionSubject subject, Instant at) {
        List<Refusal> gaps = gaps(subject, LocalDate.ofInstant(at, ZoneOffset.UTC));
        if (!gaps.isEmpty()) {
            throw DossierIncomplete.onSubmission(gaps);
        }
        this.subject.freeze(subject, at);
    }

    public DossierContent content() {
        return new DossierContent(ce.content(), rohs.content(), weee.content(), gpsr.content(), battery.content(),
                svhc.content());
    }

    /** The revision as frozen on submission (empty fields before). */
    public RevisionSubject subject() {
        return subject.view(revision());
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

    /** The board's WEEE categories (Annex III), which a WEEE registration must cover. */
    public Set<WeeeCategory> weeeCategories() {
        return weee.categories();
    }

    /** Whether the board is household equipment under WEEE (dual use counts as household), else professional. */
    public boolean weeeHousehold() {
        return weee.household();
    }

    /**
     * Everything a reviewer needs and the dossier lacks, item by item, judged against the revision
     * it covers (the frozen subject once submitted: its label and BOM hash, which the declaration of
     * conformity must name, and its BOM lines) on the given day. Empty when it is complete.
     */
    public List<Refusal> gaps(RevisionSubject covered, LocalDate today) {
        List<Refusal> gaps = new ArrayList<>(ce.gaps(covered));
        gaps.addAll(rohs.gaps(covered.bom()));
        // What expired comes after what is missing from CE and RoHS: exemptions, then withdrawn standards.
        gaps.addAll(rohs.expired(today));
        gaps.addAll(ce.withdrawn(today));
        gaps.addAll(weee.gaps());
        gaps.addAll(gpsr.gaps());
        gaps.addAll(battery.gaps());
        gaps.addAll(svhc.gaps());
        return gaps;
    }

    /** The earliest day something in the dossier stops being valid: an exemption's expiry, a standard's withdrawal. */
    public Optional<LocalDate> earliestExpiry() {
        return Stream.concat(rohs.lastValidDays(), ce.lastValidDays()).min(LocalDate::compareTo);
    }

    /** The checklist items that apply to this dossier, in order. */
    public List<ChecklistItem> checklist() {
        return EnumSet.allOf(ChecklistItem.class).stream()
                .filter(item -> item != ChecklistItem.RADIO || ce.radio())
                .filter(item -> item != ChecklistItem.BATTERY || battery.onBoard())
                .filter(item -> item != ChecklistItem.SVHC || svhc.present())
                .toList();
    }

    /** The evidence an approval sees: item to the SHA-256 of its file. */
    public Map<String, String> evidenceHashes() {
        Map<String, String> hashes = new LinkedHashMap<>(ce.evidenceHashes());
        hashes.putAll(rohs.evidenceHashes());
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
        gaps(subject(), today).forEach(gap -> byCode.computeIfAbsent(gap.code(), c -> new ArrayList<>()).add(gap.subject()));
        byCode.forEach((code, subjects) -> refusals.add(new Refusal(code, summary(subjects))));
        refusals.addAll(ce.saleRefusals(request));
        refusals.addAll(gpsr.saleRefusals(request));
        if (request.offerKind() == OfferKind.ASSEMBLY_ONLY && !request.suppliedParts().isEmpty()) {
            List<String> mismatches = subject.mismatches(request.suppliedParts(), rohs.evidenceByLine());
            if (!mismatches.isEmpty()) {
                refusals.add(new Refusal(RefusalCode.PARTS_MISMATCH, summary(mismatches)));
            }
        }
        return refusals;
    }

    /** The first three subjects that name something, and how many more. */
    private static String summary(List<String> subjects) {
        List<String> named = subjects.stream().filter(s -> !s.isBlank()).toList();
        String joined = String.join("; ", named.subList(0, Math.min(3, named.size())));
        return named.size() > 3 ? joined + " (and " + (named.size() - 3) + " more)" : joined;
    }
}
