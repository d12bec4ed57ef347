package org.openspacemakers.marketplace.compliance;

import java.util.Map;
import java.util.Set;

/**
 * What a buyer must be told, and acknowledge, before ordering a revision: the acknowledgements the
 * gate asks for (a class A product's warning) and whether it is sold to professionals only.
 */
public record SaleNotices(Set<String> acknowledgements, boolean professionalOnly) {

    /** The acknowledgement a buyer gives for a class A product (EN 55032: may disturb radio at home). */
    public static final String CLASS_A = "EMC_CLASS_A";

    /**
     * The version of each acknowledgement's text, recorded with the acknowledgement on an order so
     * that what the buyer read can be found again: a changed text takes a new version.
     */
    private static final Map<String, String> TEXT_VERSIONS = Map.of(CLASS_A, "2026-12-02");

    /** No notice: a revision without a dossier, or one that asks for nothing. */
    public static final SaleNotices NONE = new SaleNotices(Set.of(), false);

    public SaleNotices {
        acknowledgements = Set.copyOf(acknowledgements);
    }

    /** What the team stated calls for. */
    public static SaleNotices of(DossierContent content) {
        return of(content.ce());
    }

    /** What the CE section states calls for: class A asks the buyer's acknowledgement; an R&D-only kit is for professionals. */
    public static SaleNotices of(DossierContent.Ce ce) {
        return of(ce.emcClass(), ce.intendedUse());
    }

    /** What an EMC class and an intended use call for. */
    public static SaleNotices of(DossierContent.EmcClass emcClass, DossierContent.IntendedUse use) {
        return new SaleNotices(emcClass == DossierContent.EmcClass.A ? Set.of(CLASS_A) : Set.of(),
                use == DossierContent.IntendedUse.PROFESSIONAL_RND_ONLY);
    }

    /** Whether the gate ever asks for this acknowledgement (a buyer can give no other). */
    public static boolean known(String acknowledgement) {
        return TEXT_VERSIONS.containsKey(acknowledgement);
    }

    /** The version of the text a buyer reads before giving this acknowledgement. */
    public static String textVersion(String acknowledgement) {
        String version = TEXT_VERSIONS.get(acknowledgement);
        if (version == null) {
            throw new IllegalArgumentException("no text for the acknowledgement " + acknowledgement);
        }
        return version;
    }

    public boolean classA() {
        return acknowledgements.contains(CLASS_A);
    }
}
