package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a team states in a revision's compliance dossier, section by section (COMPLIANCE-DOMAIN.md).
 * Any field may be empty while the dossier is a draft; what a reviewer needs before approving is
 * checked then, and named item by item. Evidence files are referred to by the SHA-256 of a file
 * uploaded to the same dossier.
 */
public record DossierContent(Ce ce, Rohs rohs, Weee weee, Gpsr gpsr, Battery battery, Svhc svhc) {

    public DossierContent {
        ce = ce == null ? Ce.EMPTY : ce;
        rohs = rohs == null ? Rohs.EMPTY : rohs;
        weee = weee == null ? Weee.EMPTY : weee;
        gpsr = gpsr == null ? Gpsr.EMPTY : gpsr;
        battery = battery == null ? Battery.NONE : battery;
        svhc = svhc == null ? Svhc.NONE : svhc;
    }

    /**
     * Spelled out, not read from the sections' constants (the same values): a section's record, when
     * the JVM initialises it before this class, calls this class's helpers, which builds this
     * constant while that record's constant is still null.
     */
    public static final DossierContent EMPTY = new DossierContent(
            new Ce(null, "", null, "", false, false, false, null, null, "", null, null),
            new Rohs(null, null, "", null, ""), new Weee(true, Set.of(), ""), new Gpsr("", "", "", "", null),
            new Battery(false, "", false), new Svhc(false, ""));

    /** The same statements with another declaration of conformity (none for a new revision's copy). */
    public DossierContent with(Declaration declaration) {
        return new DossierContent(ce.with(declaration), rohs, weee, gpsr, battery, svhc);
    }

    /** The EU acts a board may fall under. */
    public enum Act {
        EMC, LVD, RED, ROHS
    }

    /** How the board is placed on the market (the scope rationale's conclusion). */
    public enum IntendedUse {
        /** A finished apparatus anyone may buy. */
        FINISHED_PRODUCT,
        /** An evaluation kit relying on the R&D exclusions: professionals only. */
        PROFESSIONAL_RND_ONLY
    }

    public enum EmcClass {
        A, B
    }

    /** The kind of document behind a part's RoHS evidence. */
    public enum EvidenceType {
        MANUFACTURER_DECLARATION, MATERIAL_DECLARATION, TEST_REPORT
    }

    /** CE: acts, scope, supply, radio, EMC class, standards, the technical file and the declaration of conformity. */
    public record Ce(Set<Act> acts, String scopeRationale, IntendedUse intendedUse, String supplyVoltage,
            boolean mainsSupplied, boolean radio, boolean internetConnected, EmcClass emcClass,
            List<Standard> standards, String technicalFileRef, Declaration declaration, String radioEvidenceFile) {

        static final Ce EMPTY = new Ce(null, "", null, "", false, false, false, null, null, "", null, null);

        public Ce {
            acts = acts == null || acts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(acts));
            scopeRationale = text(scopeRationale);
            intendedUse = intendedUse == null ? IntendedUse.FINISHED_PRODUCT : intendedUse;
            supplyVoltage = text(supplyVoltage);
            standards = standards == null ? List.of() : List.copyOf(standards);
            technicalFileRef = text(technicalFileRef);
            declaration = declaration == null ? Declaration.none() : declaration;
            radioEvidenceFile = sha(radioEvidenceFile);
        }

        /** The same statements with another declaration. */
        public Ce with(Declaration other) {
            return new Ce(acts, scopeRationale, intendedUse, supplyVoltage, mainsSupplied, radio, internetConnected,
                    emcClass, standards, technicalFileRef, other, radioEvidenceFile);
        }
    }

    /**
     * The EU Declaration of Conformity of one revision (Decision 768/2008/EC, Annex III): its number,
     * the object declared (the hardware revision's label and the hash of its BOM), who signed it for
     * the manufacturer (name and function), where and when, and the signed document, an uploaded
     * evidence file. The legislation and standards it lists are the CE section's acts and standards,
     * and the manufacturer and address the GPSR section's: stated once in the dossier, not again here.
     * A declaration is per revision: a new revision's dossier starts without one.
     */
    public record Declaration(String number, String revisionLabel, String bomHash, String signatoryName,
            String signatoryFunction, String place, LocalDate signedOn, String file) {

        public Declaration {
            number = text(number);
            revisionLabel = text(revisionLabel);
            bomHash = text(bomHash).toLowerCase(java.util.Locale.ROOT);
            signatoryName = text(signatoryName);
            signatoryFunction = text(signatoryFunction);
            place = text(place);
            file = sha(file);
        }

        /**
         * No declaration yet. A method, not a constant: {@link Ce}'s constructor asks for it while
         * this class's or {@link DossierContent}'s constants may still be being built.
         */
        public static Declaration none() {
            return new Declaration(null, null, null, null, null, null, null, null);
        }
    }

    /** A harmonised standard applied: number, edition, cited in the Official Journal, parts applied. */
    public record Standard(String number, String edition, boolean citedInOj, String partsApplied, LocalDate withdrawnOn) {
        public Standard {
            number = text(number);
            edition = text(edition);
            partsApplied = text(partsApplied);
        }
    }

    /** RoHS: the category, the evidence of each BOM line's part and accepted alternates, the process evidence. */
    public record Rohs(Integer category, List<PartEvidence> parts, String solderDescription, String solderFile,
            String pcbFinish) {

        static final Rohs EMPTY = new Rohs(null, null, "", null, "");

        public Rohs {
            parts = parts == null ? List.of() : List.copyOf(parts);
            solderDescription = text(solderDescription);
            solderFile = sha(solderFile);
            pcbFinish = text(pcbFinish);
        }
    }

    /**
     * The RoHS evidence of one part of a BOM line, named by the line's references as in the BOM (e.g.
     * {@code C4 C5}): its own part's, or an accepted alternate's (each needs its own, told by its MPN).
     * The distributor's RoHS flag is only an indicator, kept with the day it was read. An exemption is
     * one of {@link RohsExemptions}, whose table gives its expiry for the dossier's category.
     */
    public record PartEvidence(String line, String manufacturer, String mpn, EvidenceType type, String file,
            LocalDate documentDate, String distributorFlag, LocalDate flagReadOn, String exemption) {
        public PartEvidence {
            line = text(line);
            manufacturer = text(manufacturer);
            mpn = text(mpn);
            file = sha(file);
            distributorFlag = text(distributorFlag);
            exemption = text(exemption);
        }
    }

    /** WEEE: household (dual use counts as household) or B2B, the categories of Annex III, the take-back offered. */
    public record Weee(boolean household, Set<WeeeCategory> categories, String takeBack) {
        static final Weee EMPTY = new Weee(true, Set.of(), "");

        public Weee {
            categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
            takeBack = text(takeBack);
        }

        /**
         * The section as a team types it, the categories by number ({@code "5, 6"}, or an older text
         * such as {@code "Category 5 (small equipment)"}); refused naming {@code weee.categories} when
         * the text says a number that is no category or, not blank, names none.
         */
        public static Weee typed(boolean household, String categories, String takeBack) {
            if (categories != null && !categories.isBlank() && !WeeeCategory.onlyCategoriesIn(categories)) {
                throw new DossierRejected("weee.categories", "invalid.weeeCategories");
            }
            return new Weee(household, WeeeCategory.namedIn(categories), takeBack);
        }

        /** The categories written by number, {@code "5, 6"}. */
        public String categoriesText() {
            return WeeeCategory.text(categories);
        }
    }

    /**
     * GPSR article 19: manufacturer, addresses, product identification, and warnings and safety
     * information per language (ISO 639-1 code to text).
     */
    public record Gpsr(String manufacturerName, String postalAddress, String email, String productIdentification,
            Map<String, String> warnings) {
        static final Gpsr EMPTY = new Gpsr("", "", "", "", null);

        public Gpsr {
            manufacturerName = text(manufacturerName);
            postalAddress = text(postalAddress);
            email = text(email);
            productIdentification = text(productIdentification);
            Map<String, String> kept = new LinkedHashMap<>();
            if (warnings != null) {
                warnings.forEach((language, words) -> {
                    if (language != null && words != null && !words.isBlank()) {
                        kept.put(language.strip().toLowerCase(java.util.Locale.ROOT), words.strip());
                    }
                });
            }
            warnings = java.util.Collections.unmodifiableMap(kept);
        }
    }

    /** A battery shipped on the board (a coin cell), what it is and whether the user can replace it. */
    public record Battery(boolean onBoard, String description, boolean removable) {
        static final Battery NONE = new Battery(false, "", false);

        public Battery {
            description = text(description);
        }
    }

    /** REACH article 33: a substance of very high concern above 0.1 %, and its disclosure. */
    public record Svhc(boolean present, String disclosure) {
        static final Svhc NONE = new Svhc(false, "");

        public Svhc {
            disclosure = text(disclosure);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String sha(String sha256) {
        return sha256 == null || sha256.isBlank() ? null : sha256.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
