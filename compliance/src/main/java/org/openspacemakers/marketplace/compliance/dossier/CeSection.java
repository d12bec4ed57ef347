package org.openspacemakers.marketplace.compliance.dossier;

import static org.openspacemakers.marketplace.compliance.dossier.Fields.limit;
import static org.openspacemakers.marketplace.compliance.dossier.Fields.missing;
import static org.openspacemakers.marketplace.compliance.dossier.Fields.requireUploaded;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierContent.Act;
import org.openspacemakers.marketplace.compliance.DossierContent.EmcClass;
import org.openspacemakers.marketplace.compliance.DossierContent.IntendedUse;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.compliance.SaleNotices;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.openspacemakers.marketplace.compliance.SaleRequest;

/** The CE section: acts, scope, supply and radio, EMC class, standards applied, the declaration and the technical file. */
@Embeddable
class CeSection {

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

    @Column(name = "radio", nullable = false)
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

    @Embedded
    private DeclarationOfConformity declaration = new DeclarationOfConformity();

    @Column(name = "radio_evidence_file", length = 64)
    private String radioEvidenceFile;

    /** Refuses more standards than a dossier lists, before any list of the content is walked. */
    static void bound(DossierContent.Ce ce) {
        if (ce.standards().size() > Dossier.MAX_STANDARDS) {
            throw new DossierRejected("ce.standards", "invalid.dossier.standards", Dossier.MAX_STANDARDS);
        }
    }

    /**
     * Refuses a standard without its number (such a row states nothing, yet would fill the
     * "standards applied" gap), and a declaration or radio evidence not uploaded to the dossier.
     */
    static void check(DossierContent.Ce ce, Predicate<String> uploaded) {
        for (int i = 0; i < ce.standards().size(); i++) {
            if (ce.standards().get(i).number().isEmpty()) {
                throw new DossierRejected("ce.standards[" + i + "].number", "invalid.required");
            }
        }
        requireUploaded("ce.docFile", ce.declaration().file(), uploaded);
        requireUploaded("ce.radioEvidenceFile", ce.radioEvidenceFile(), uploaded);
    }

    /** Takes the team's statements, refusing a text too long for its column (what precedes it is then taken). */
    void replace(DossierContent.Ce ce) {
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
        declaration.replace(ce.declaration());
        radioEvidenceFile = ce.radioEvidenceFile();
    }

    DossierContent.Ce content() {
        return new DossierContent.Ce(EnumSet.copyOf(acts.isEmpty() ? EnumSet.noneOf(Act.class) : acts), scopeRationale,
                intendedUse, supplyVoltage, mainsSupplied, radio, internetConnected, emcClass,
                standards.stream().map(AppliedStandard::view).toList(), technicalFileRef, declaration.view(),
                radioEvidenceFile);
    }

    boolean radio() {
        return radio;
    }

    /**
     * What an approval of the revision covered lacks here, in the order a reviewer reads the section:
     * the declaration must be that revision's.
     */
    List<Refusal> gaps(RevisionSubject covered) {
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
        gaps.addAll(declaration.gaps(covered));
        if (radio && radioEvidenceFile == null) {
            gaps.add(Refusal.of(RefusalCode.RADIO_EVIDENCE_MISSING, internetConnected
                    ? "RED assessment, with art. 3(3)(d/e/f) cybersecurity" : "RED assessment"));
        }
        return gaps;
    }

    /** The standards withdrawn on that day or before: a withdrawn standard no longer gives presumption of conformity. */
    List<Refusal> withdrawn(LocalDate today) {
        return standards.stream().map(AppliedStandard::view)
                .filter(s -> s.withdrawnOn() != null && !s.withdrawnOn().isAfter(today))
                .map(s -> Refusal.of(RefusalCode.EVIDENCE_EXPIRED, s.number() + " withdrawn on " + s.withdrawnOn()))
                .toList();
    }

    /** The last day each withdrawn standard still counts: the day before its withdrawal. */
    Stream<LocalDate> lastValidDays() {
        return standards.stream().map(AppliedStandard::view).map(DossierContent.Standard::withdrawnOn)
                .filter(Objects::nonNull).map(withdrawn -> withdrawn.minusDays(1));
    }

    /** The declaration and the radio evidence, under the items {@code DOC} and {@code RADIO}. */
    Map<String, String> evidenceHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        if (declaration.file() != null) {
            hashes.put("DOC", declaration.file());
        }
        if (radioEvidenceFile != null) {
            hashes.put("RADIO", radioEvidenceFile);
        }
        return hashes;
    }

    /** What this section refuses of a sale: a consumer for an R&D-only kit, class A without the buyer's acknowledgement. */
    List<Refusal> saleRefusals(SaleRequest request) {
        List<Refusal> refusals = new ArrayList<>();
        SaleNotices notices = SaleNotices.of(emcClass, intendedUse);
        if (notices.professionalOnly() && request.buyerType() == BuyerType.CONSUMER) {
            refusals.add(Refusal.of(RefusalCode.CONSUMER_NOT_ALLOWED, request.buyerType()));
        }
        notices.acknowledgements().stream().sorted().filter(asked -> !request.acknowledgements().contains(asked))
                .forEach(asked -> refusals.add(Refusal.of(RefusalCode.ACKNOWLEDGEMENT_REQUIRED, asked).withDetail(asked)));
        return refusals;
    }
}
