package org.openspacemakers.marketplace.order;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Serial numbers for assembled units, readable on a sticker and unique in the store:
 * {@code <BOARD>-<REVISION>-<NNNNN>}, e.g. {@code THERMOCOUPLE-1.0-00042}. {@code <BOARD>} is the
 * board's slug up to its first hyphen (at most 12 letters and digits), {@code <REVISION>} the
 * revision's label (letters, digits and dots; anything else becomes {@code _}), {@code NNNNN} a
 * counter per prefix, from 00001 (six digits past 99999). Two boards whose slugs begin alike share
 * a counter, so serials never collide; the database's unique key on the serial guards it anyway.
 */
@Component
class SerialNumbers {

    private final EntityManager entityManager;

    SerialNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The prefix of the units of this board's revision: {@code THERMOCOUPLE-1.0}. */
    static String prefix(String boardSlug, String revisionLabel) {
        String first = boardSlug.split("-", 2)[0].toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        String board = first.isEmpty() ? "BOARD" : first.substring(0, Math.min(12, first.length()));
        String label = revisionLabel.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9.]", "_");
        return board + "-" + (label.isEmpty() ? "_" : label.substring(0, Math.min(20, label.length())));
    }

    /**
     * The next serial of this prefix, in the caller's transaction: the prefix's counter row stays
     * locked until it ends, so two units never get the same number, on any node.
     */
    String next(String prefix) {
        entityManager.createNativeQuery("INSERT INTO unit_serials (prefix, last_number) VALUES (?1, 1)"
                + " ON DUPLICATE KEY UPDATE last_number = last_number + 1").setParameter(1, prefix).executeUpdate();
        Number number = (Number) entityManager.createNativeQuery("SELECT last_number FROM unit_serials WHERE prefix = ?1")
                .setParameter(1, prefix).getSingleResult();
        return prefix + "-" + String.format(Locale.ROOT, "%05d", number.intValue());
    }
}
