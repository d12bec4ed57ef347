package org.openspacemakers.marketplace.compliance;

import java.util.Arrays;
import java.util.List;

/**
 * The association's registrations as a producer besides WEEE: batteries, France's unique
 * identifiers (IDU) and Germany's packaging register (LUCID). Each national one exists in its
 * country only; those for batteries are needed only when a cell ships on the board.
 */
public enum ProducerKind {
    /** Producer of batteries in the country (a cell ships on a board). */
    BATTERIES(null, true, "batteries"),
    /** France: the ADEME unique identifier for electrical and electronic equipment (DEEE). */
    EPR_IDU_EEE("FR", false, "DEEE"),
    /** France: the ADEME unique identifier for batteries. */
    EPR_IDU_BATTERIES("FR", true, "batteries"),
    /** France: the ADEME unique identifier for household packaging (CITEO, Triman). */
    EPR_IDU_PACKAGING("FR", false, "packaging"),
    /** Germany: the registration number in the packaging register LUCID (VerpackG § 9). */
    LUCID("DE", false, "packaging");

    private final String onlyIn;
    private final boolean forBatteries;
    private final String stream;

    ProducerKind(String onlyIn, boolean forBatteries, String stream) {
        this.onlyIn = onlyIn;
        this.forBatteries = forBatteries;
        this.stream = stream;
    }

    /** Whether this kind of registration exists in the country: a national one in its own country only. */
    public boolean existsIn(CountryCode country) {
        return onlyIn == null || onlyIn.equals(country.value());
    }

    /** The country a national registration exists in; null for one that exists in every member state. */
    public String onlyIn() {
        return onlyIn;
    }

    /** The waste stream the registration answers for, as a refusal names it ({@code DEEE}, {@code packaging}). */
    public String stream() {
        return stream;
    }

    /**
     * The registrations a sale of a board needs in the country, besides WEEE: batteries when one
     * ships on the board, and the national registrations of each stream concerned there (in France
     * the IDUs for equipment, packaging and, with a cell, batteries; in Germany LUCID).
     */
    public static List<ProducerKind> neededFor(CountryCode country, boolean batteryOnBoard) {
        return Arrays.stream(values())
                .filter(kind -> kind.existsIn(country) && (batteryOnBoard || !kind.forBatteries))
                .toList();
    }
}
