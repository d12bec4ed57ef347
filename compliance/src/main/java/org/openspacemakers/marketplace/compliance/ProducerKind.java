package org.openspacemakers.marketplace.compliance;

import java.util.ArrayList;
import java.util.List;

/** The association's registrations as a producer besides WEEE: batteries, and France's unique identifiers. */
public enum ProducerKind {
    /** Producer of batteries in the country (a cell ships on a board). */
    BATTERIES,
    /** France: the ADEME unique identifier for electrical and electronic equipment (DEEE). */
    EPR_IDU_EEE,
    /** France: the ADEME unique identifier for batteries. */
    EPR_IDU_BATTERIES;

    /** Whether this kind of registration exists in the country: France's identifiers exist in France only. */
    public boolean existsIn(CountryCode country) {
        return this == BATTERIES || "FR".equals(country.value());
    }

    /**
     * The registrations a sale of a board needs in the country, besides WEEE: batteries when one
     * ships on the board, and in France the identifier of each stream concerned.
     */
    public static List<ProducerKind> neededFor(CountryCode country, boolean batteryOnBoard) {
        List<ProducerKind> needed = new ArrayList<>();
        if (batteryOnBoard) {
            needed.add(BATTERIES);
        }
        if (EPR_IDU_EEE.existsIn(country)) {
            needed.add(EPR_IDU_EEE);
            if (batteryOnBoard) {
                needed.add(EPR_IDU_BATTERIES);
            }
        }
        return needed;
    }
}
