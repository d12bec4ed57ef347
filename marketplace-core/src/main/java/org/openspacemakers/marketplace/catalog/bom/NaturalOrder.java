package org.openspacemakers.marketplace.catalog.bom;

import java.util.Comparator;

/**
 * Orders reference designators the way people read them: C2 before C10, R9 before RN1. Runs of digits compare by
 * their number, other runs case-insensitively; the plain string order breaks the remaining ties, so the order is
 * total.
 */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean digitsA = Character.isDigit(a.charAt(i));
            boolean digitsB = Character.isDigit(b.charAt(j));
            int endA = runEnd(a, i, digitsA);
            int endB = runEnd(b, j, digitsB);
            int order;
            if (digitsA && digitsB) {
                order = compareNumbers(a.substring(i, endA), b.substring(j, endB));
            } else if (digitsA != digitsB) {
                order = digitsA ? -1 : 1;
            } else {
                order = a.substring(i, endA).compareToIgnoreCase(b.substring(j, endB));
            }
            if (order != 0) {
                return order;
            }
            i = endA;
            j = endB;
        }
        if (i < a.length() || j < b.length()) {
            return i < a.length() ? 1 : -1;
        }
        return a.compareTo(b);
    }

    private static int runEnd(String s, int start, boolean digits) {
        int end = start;
        while (end < s.length() && Character.isDigit(s.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    private static int compareNumbers(String a, String b) {
        String x = stripLeadingZeros(a);
        String y = stripLeadingZeros(b);
        if (x.length() != y.length()) {
            return Integer.compare(x.length(), y.length());
        }
        return x.compareTo(y);
    }

    private static String stripLeadingZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
