package org.openspacemakers.marketplace.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierContent.EmcClass;
import org.openspacemakers.marketplace.compliance.DossierContent.IntendedUse;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.OfficialLanguages;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.springframework.boot.test.context.TestComponent;

/**
 * Fills a draft revision's dossier so that nothing is missing for an approval, as its team would
 * through the compliance services: three evidence files uploaded, then the whole content saved.
 * Every file names the revision, so no two dossiers share one (evidence is stored by its hash).
 */
@TestComponent
public class DossierFixtures {

    /**
     * The few things a test chooses in an otherwise complete dossier. {@link #complete()}: class B,
     * a finished product, warnings in every official language of the EU (so that any member state
     * a test sells to is covered), no RoHS exemption.
     */
    public record CompleteDossier(EmcClass emcClass, IntendedUse use, List<String> warningLanguages, String exemption,
            LocalDate exemptionExpires) {

        public static CompleteDossier complete() {
            return new CompleteDossier(EmcClass.B, IntendedUse.FINISHED_PRODUCT, OfficialLanguages.ALL, "", null);
        }

        public CompleteDossier withClass(EmcClass chosen) {
            return new CompleteDossier(chosen, use, warningLanguages, exemption, exemptionExpires);
        }

        public CompleteDossier withUse(IntendedUse chosen) {
            return new CompleteDossier(emcClass, chosen, warningLanguages, exemption, exemptionExpires);
        }

        /** Warnings in these languages only. */
        public CompleteDossier withWarnings(List<String> languages) {
            return new CompleteDossier(emcClass, use, List.copyOf(languages), exemption, exemptionExpires);
        }

        /** The RoHS exemption claimed for the first BOM line, valid until that day. */
        public CompleteDossier withExemption(String code, LocalDate until) {
            return new CompleteDossier(emcClass, use, warningLanguages, code, until);
        }
    }

    /** The harmonised standard every fixture dossier applies. */
    private static final DossierContent.Standard STANDARD =
            new DossierContent.Standard("EN IEC 61326-1", "2021", true, "clauses 6 and 7", null);

    /** The day on every part's declaration. */
    private static final LocalDate DECLARED_ON = LocalDate.of(2025, 3, 1);

    private final Dossiers dossiers;

    DossierFixtures(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    /** The words of the warnings in that language: a test finds them on a page. */
    public static String warning(String language) {
        return "[" + language + "] Bare test board: unplug before handling, mind static.";
    }

    /**
     * A PDF as the store judges one (by its first bytes), carrying these words, so that a download
     * can be told from another.
     */
    public static byte[] pdf(String... words) {
        return ("%PDF-1.7\n% " + String.join("\n% ", words) + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** States the draft revision's dossier complete, as chosen, covering every placed line of its BOM. */
    public DossierView fill(UUID revisionId, UUID maker, CompleteDossier chosen) {
        RevisionRef revision = RevisionRef.of(revisionId);
        RevisionSubject subject = dossiers.dossier(revision).subject();
        String docNumber = "DOC-" + revisionId;
        Function<String, String> upload = name -> dossiers.upload(revision, maker, name,
                pdf(name, docNumber)).sha256();
        String doc = upload.apply("declaration-of-conformity.pdf");
        String declarations = upload.apply("rohs-declarations.pdf");
        String solder = upload.apply("solder-paste.pdf");

        List<RevisionSubject.BomLine> placed = subject.placed();
        List<DossierContent.PartEvidence> parts = new ArrayList<>();
        for (RevisionSubject.BomLine line : placed) {
            boolean exempt = parts.isEmpty() && !chosen.exemption().isEmpty();
            parts.add(new DossierContent.PartEvidence(line.references(), line.manufacturer(), line.mpn(),
                    DossierContent.EvidenceType.MANUFACTURER_DECLARATION, declarations, DECLARED_ON, "RoHS compliant",
                    DECLARED_ON, exempt ? chosen.exemption() : "", exempt ? chosen.exemptionExpires() : null));
        }
        Map<String, String> warnings = chosen.warningLanguages().stream()
                .collect(Collectors.toMap(language -> language, DossierFixtures::warning));

        DossierContent content = new DossierContent(
                new DossierContent.Ce(EnumSet.of(DossierContent.Act.EMC, DossierContent.Act.ROHS),
                        "A test board powered at 5 V: the EMC and RoHS directives apply, the LVD does not.",
                        chosen.use(), "5 V DC", false, false, false, chosen.emcClass(), List.of(STANDARD),
                        "TF-" + revisionId, docNumber, doc, null),
                new DossierContent.Rohs(9, parts, "Lead-free SAC305 paste", solder, "ENIG"),
                new DossierContent.Weee(true, "Category 5 (small equipment)", "Free one-for-one take-back by post."),
                new DossierContent.Gpsr("Test Makers (association)", "1 rue des Essais, 31000 Toulouse, France",
                        "dossiers@test.example", subject.board() + ", hardware revision " + subject.label(), warnings),
                null, null);
        return dossiers.save(revision, maker, content);
    }
}
