package org.openspacemakers.marketplace.system;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierContent.Act;
import org.openspacemakers.marketplace.compliance.DossierContent.EmcClass;
import org.openspacemakers.marketplace.compliance.DossierContent.EvidenceType;
import org.openspacemakers.marketplace.compliance.DossierContent.IntendedUse;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.compliance.WeeeCategory;
import org.springframework.stereotype.Component;

/**
 * Fills a revision's compliance dossier the way a team would (evidence uploaded as PDF files, then
 * every section stated), for the demo and for tests that need a complete dossier. The documents
 * are generated placeholders that say what the real one would hold.
 */
@Component
public class DemoDossiers {

    /** What varies between the demo's dossiers; everything else is the association's usual answer. */
    public record Spec(List<DossierContent.Standard> standards, String supplyVoltage, boolean radio,
            List<String> warningLanguages, Exemption exemption, int rohsCategory, WeeeCategory weeeCategory) {

        /**
         * A class B measurement board under EN IEC 61326-1: RoHS category 9 (monitoring and control
         * instruments), WEEE category 5 (small equipment); warnings in the association's six languages.
         */
        public static Spec measurement() {
            return new Spec(List.of(new DossierContent.Standard("EN IEC 61326-1", "2021", true, "clauses 6 and 7, Table 1", null),
                    new DossierContent.Standard("EN IEC 63000", "2018", true, "all", null)),
                    "3.3 V DC from the host (SPI header)", false, LANGUAGES, null, 9, WeeeCategory.SMALL);
        }

        /**
         * A class B IT or multimedia board under EN 55032 (emission) and EN 55035 (immunity): RoHS
         * category 3 (IT and telecommunications equipment), WEEE category 6 (small IT equipment).
         */
        public static Spec informationTechnology() {
            return new Spec(List.of(new DossierContent.Standard("EN 55032", "2015+A11:2020", true, "class B emission", null),
                    new DossierContent.Standard("EN 55035", "2017+A11:2020", true, "immunity", null),
                    new DossierContent.Standard("EN IEC 63000", "2018", true, "all", null)),
                    "5 V DC from the USB port", false, LANGUAGES, null, 3,
                    WeeeCategory.SMALL_IT);
        }

        /**
         * Radio equipment under the RED, whose art. 3(1)(b) takes in EMC (so not under the EMC
         * directive too): EN 300 328 for the radio, EN 301 489-1 and -17 for its EMC, EN IEC 62368-1
         * for safety; RoHS category 3, WEEE category 6.
         */
        public static Spec radioEquipment() {
            return new Spec(List.of(new DossierContent.Standard("EN 300 328", "V2.2.2", true, "wideband transmission", null),
                    new DossierContent.Standard("EN 301 489-1", "V2.2.3", true, "EMC of radio equipment", null),
                    new DossierContent.Standard("EN 301 489-17", "V3.2.4", true, "EMC of wideband data equipment", null),
                    new DossierContent.Standard("EN IEC 62368-1", "2020+A11:2020", true, "safety", null),
                    new DossierContent.Standard("EN IEC 63000", "2018", true, "all", null)),
                    "5 V DC from the USB port", true, LANGUAGES, null, 3,
                    WeeeCategory.SMALL_IT);
        }

        /** The languages the association writes its warnings in. */
        public static final List<String> LANGUAGES = List.of("fr", "en", "de", "it", "es", "nl");

        public Spec withWarnings(List<String> languages) {
            return new Spec(standards, supplyVoltage, radio, languages, exemption, rohsCategory, weeeCategory);
        }

        public Spec withExemption(Exemption exemption) {
            return new Spec(standards, supplyVoltage, radio, warningLanguages, exemption, rohsCategory, weeeCategory);
        }

        public Spec withSupply(String voltage) {
            return new Spec(standards, voltage, radio, warningLanguages, exemption, rohsCategory, weeeCategory);
        }
    }

    /**
     * A RoHS lead exemption claimed for the part of the BOM line with these references (7(c)-I for the
     * glass of thick-film chip resistors, say); the table gives how long it holds. A part exempt for
     * lead holds lead above 0.1 %, so the dossier then discloses it as an SVHC too (REACH art. 33).
     */
    public record Exemption(String code, String references) {

        DossierContent.Svhc disclosure() {
            return new DossierContent.Svhc(true, "Lead (CAS 7439-92-1), a substance of very high concern, above 0.1 % by "
                    + "weight in the parts " + references + " (RoHS exemption " + code + "). No exposure in normal use; "
                    + "return the board for recycling at its end of life.");
        }
    }

    /** The association, manufacturer and EU responsible person of every board it assembles. */
    public static final String MANUFACTURER = "Open Space Makers (association)";
    public static final String ADDRESS = "12 rue des Ateliers, 31000 Toulouse, France";
    public static final String EMAIL = "compliance@openspacemakers.example";

    /** Who signs the association's declarations of conformity, and where. */
    private static final String SIGNATORY = "Camille Laurent";
    private static final String SIGNATORY_FUNCTION = "Compliance officer, Open Space Makers";
    private static final String SIGNED_AT = "Toulouse";

    private static final Map<String, String> WARNINGS = Map.of(
            "it", "Scheda elettronica nuda: maneggiare senza alimentazione e protetta dalle scariche elettrostatiche. "
                    + "Alimentare solo alla tensione indicata. Non adatta ai bambini sotto i 14 anni.",
            "es", "Placa electrónica desnuda: manipular sin tensión y protegida de las descargas electrostáticas. "
                    + "Alimentar solo a la tensión indicada. No apta para niños menores de 14 años.",
            "nl", "Kale elektronicaprint: alleen spanningsloos en tegen elektrostatische ontlading beschermd hanteren. "
                    + "Alleen op de aangegeven spanning voeden. Niet geschikt voor kinderen onder 14 jaar.",
            "fr", "Carte électronique nue : à manipuler hors tension, en se protégeant des décharges électrostatiques. "
                    + "Alimenter uniquement sous la tension indiquée. Ne convient pas aux enfants de moins de 14 ans.",
            "en", "Bare electronic board: handle unpowered and protected from electrostatic discharge. Power only at "
                    + "the stated voltage. Not suitable for children under 14.",
            "de", "Unbestückte Elektronikplatine: nur spannungsfrei und ESD-geschützt handhaben. Nur mit der "
                    + "angegebenen Spannung betreiben. Nicht für Kinder unter 14 Jahren geeignet.");

    private final Dossiers dossiers;
    private final Clock clock;

    DemoDossiers(Dossiers dossiers, Clock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /**
     * Uploads the evidence and states a dossier complete, as it must be to be handed in for review:
     * its declaration of conformity names the revision as it stands (label and BOM hash), so the BOM
     * is uploaded first.
     */
    public DossierView complete(UUID revisionId, UUID maker, Spec spec) {
        RevisionRef revision = RevisionRef.of(revisionId);
        RevisionSubject subject = dossiers.dossier(revision).subject();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String docNumber = "OSM-DOC-" + subject.board().replaceAll("[^A-Za-z0-9]+", "-").toUpperCase() + "-"
                + subject.label();
        String doc = upload(revision, maker, "declaration-of-conformity.pdf", "EU Declaration of Conformity " + docNumber,
                "Product: " + subject.board() + ", hardware revision " + subject.label() + ", BOM " + subject.bomHash(),
                "Manufacturer: " + MANUFACTURER + ", " + ADDRESS,
                "This declaration is issued under the sole responsibility of the manufacturer.",
                "Standards: " + String.join(", ", spec.standards().stream().map(s -> s.number() + ":" + s.edition()).toList()),
                "Signed for and on behalf of the manufacturer: " + SIGNATORY + ", " + SIGNATORY_FUNCTION + ".",
                SIGNED_AT + ", " + today + ".");
        String solder = upload(revision, maker, "solder-paste-datasheet.pdf", "Lead-free solder paste SAC305 (Sn96.5 Ag3.0 Cu0.5)",
                "Manufacturer's RoHS declaration and datasheet.");
        String declarations = upload(revision, maker, "rohs-declarations-" + subject.label() + ".pdf",
                "RoHS declarations of conformity of the parts of " + subject.board() + " " + subject.label(),
                "One manufacturer declaration per BOM line, collected by the team.");
        String radio = spec.radio() ? upload(revision, maker, "red-assessment.pdf", "RED article 3 assessment",
                "EN 300 328, EN 301 489-1/-17, EN IEC 62368-1; EN 18031-1 for internet-connected radio.") : null;
        List<DossierContent.PartEvidence> parts = new ArrayList<>();
        for (RevisionSubject.BomLine line : subject.placed()) {
            boolean exempt = spec.exemption() != null
                    && line.key().equals(RevisionSubject.BomLine.key(spec.exemption().references()));
            parts.add(declared(line, line.mpn(), exempt ? spec.exemption().code() : "", declarations, today));
            line.alternates().forEach(alternate -> parts.add(declared(line, alternate, "", declarations, today)));
        }
        Map<String, String> warnings = new LinkedHashMap<>();
        spec.warningLanguages().forEach(language -> warnings.put(language,
                Objects.requireNonNull(WARNINGS.get(language), "demo warnings in " + language)));
        // Radio equipment is under the RED alone, whose essential requirements take in EMC.
        EnumSet<Act> acts = spec.radio() ? EnumSet.of(Act.RED, Act.ROHS) : EnumSet.of(Act.EMC, Act.ROHS);
        DossierContent content = new DossierContent(
                new DossierContent.Ce(acts, spec.radio()
                        ? "Sold assembled to anyone on the store: radio equipment under the RED, whose essential "
                                + "requirements take in EMC and safety; supplied below 50 V."
                        : "Sold assembled to anyone on the store: a finished apparatus under the EMC directive; "
                                + "supplied below 50 V, so outside the LVD.",
                        IntendedUse.FINISHED_PRODUCT, spec.supplyVoltage(), false, spec.radio(), false, EmcClass.B,
                        spec.standards(), "TF-" + docNumber + " (schematics, Gerbers, BOM, assembly process, test reports)",
                        new DossierContent.Declaration(docNumber, subject.label(), subject.bomHash(), SIGNATORY,
                                SIGNATORY_FUNCTION, SIGNED_AT, today, doc),
                        radio),
                new DossierContent.Rohs(spec.rohsCategory(), parts, "SAC305 lead-free solder paste, no-clean flux", solder,
                        "ENIG"),
                new DossierContent.Weee(true, Set.of(spec.weeeCategory()),
                        "Free one-for-one take-back: send the old board back to the workshop, or drop it at the association."),
                new DossierContent.Gpsr(MANUFACTURER, ADDRESS, EMAIL,
                        subject.board() + ", hardware revision " + subject.label() + "; serial number on the board",
                        warnings),
                null, spec.exemption() == null ? null : spec.exemption().disclosure());
        return dossiers.save(revision, maker, content);
    }

    /**
     * The manufacturer's declaration of one part of a line, its own or an accepted alternate, under
     * the MPN the BOM gives it (a line without one is documented as the distributor supplies it).
     */
    private static DossierContent.PartEvidence declared(RevisionSubject.BomLine line, String mpn, String exemption,
            String declarations, LocalDate today) {
        return new DossierContent.PartEvidence(line.references(),
                line.manufacturer().isEmpty() ? "as supplied by the distributor" : line.manufacturer(), mpn,
                EvidenceType.MANUFACTURER_DECLARATION, declarations, today.minusDays(30), "RoHS compliant",
                today.minusDays(30), exemption);
    }

    private String upload(RevisionRef revision, UUID maker, String name, String... lines) {
        return dossiers.upload(revision, maker, name, pdf(lines)).sha256();
    }

    /** A one-page PDF showing these lines of text. */
    public static byte[] pdf(String... lines) {
        StringBuilder text = new StringBuilder("BT /F1 11 Tf 50 780 Td 14 TL\n");
        for (String line : lines) {
            text.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                    .replaceAll("[^\\x20-\\x7E]", "?")).append(") Tj T*\n");
        }
        text.append("ET");
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
