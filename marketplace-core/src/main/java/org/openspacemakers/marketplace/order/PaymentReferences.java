package org.openspacemakers.marketplace.order;

import java.security.SecureRandom;

/**
 * Short payment references a person can type in a bank transfer and read back over the phone:
 * {@code OSM-} and five characters of an alphabet without the look-alikes 0/O, 1/I/L (about 28
 * million references). Unique by the database's key; a clash makes placement try again.
 */
final class PaymentReferences {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PaymentReferences() {
    }

    static String next() {
        StringBuilder reference = new StringBuilder("OSM-");
        for (int i = 0; i < 5; i++) {
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
