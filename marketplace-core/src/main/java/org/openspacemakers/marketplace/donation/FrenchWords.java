package org.openspacemakers.marketplace.donation;

/**
 * An amount of euros in French words, as a tax receipt writes it "en toutes lettres"
 * ({@code mille deux cent trente-quatre euros et cinquante centimes}), in the traditional spelling:
 * hyphens below a hundred, "et un" and "et onze" after vingt to soixante, "quatre-vingts" and
 * "deux cents" plural only when they end the number, "mille" invariable.
 */
final class FrenchWords {

    private static final String[] UNITS = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
        "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};
    private static final String[] TENS = {"", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"};

    private FrenchWords() {
    }

    /** Cents of euros in words: {@code cinquante euros}, {@code un euro et un centime}. */
    static String euros(long cents) {
        if (cents < 0 || cents >= 1_000_000_000_00L) {
            throw new IllegalArgumentException("an amount from 0 to 999,999,999.99 euros");
        }
        long euros = cents / 100;
        int centimes = (int) (cents % 100);
        String words = number(euros) + (euros >= 1_000_000 && euros % 1_000_000 == 0 ? " d'euros" : euros > 1 ? " euros" : " euro");
        if (centimes > 0) {
            words += " et " + number(centimes) + (centimes > 1 ? " centimes" : " centime");
        }
        return words;
    }

    /** A whole number below a thousand million in words. */
    static String number(long n) {
        if (n == 0) {
            return UNITS[0];
        }
        StringBuilder words = new StringBuilder();
        long millions = n / 1_000_000;
        long thousands = n / 1000 % 1000;
        int rest = (int) (n % 1000);
        if (millions > 0) {
            words.append(hundreds((int) millions, false)).append(millions > 1 ? " millions" : " million");
        }
        if (thousands > 0) {
            space(words).append(thousands == 1 ? "mille" : hundreds((int) thousands, false) + " mille");
        }
        if (rest > 0) {
            space(words).append(hundreds(rest, true));
        }
        return words.toString();
    }

    private static StringBuilder space(StringBuilder words) {
        return words.isEmpty() ? words : words.append(' ');
    }

    /** 1 to 999; {@code last} when nothing follows (then "cents" and "quatre-vingts" take their s). */
    private static String hundreds(int n, boolean last) {
        int hundreds = n / 100;
        int rest = n % 100;
        StringBuilder words = new StringBuilder();
        if (hundreds > 0) {
            words.append(hundreds == 1 ? "cent" : UNITS[hundreds] + " cent");
            if (hundreds > 1 && rest == 0 && last) {
                words.append('s');
            }
        }
        if (rest > 0) {
            space(words).append(belowHundred(rest, last));
        }
        return words.toString();
    }

    private static String belowHundred(int n, boolean last) {
        if (n <= 16) {
            return UNITS[n];
        }
        if (n < 20) {
            return "dix-" + UNITS[n - 10];
        }
        int tens = n / 10;
        int unit = n % 10;
        if (tens == 7 || tens == 9) {
            String base = tens == 7 ? "soixante" : "quatre-vingt";
            int rest = n - (tens == 7 ? 60 : 80);
            return base + (rest == 11 && tens == 7 ? " et " : "-") + belowHundred(rest, last);
        }
        if (tens == 8) {
            return unit == 0 ? "quatre-vingt" + (last ? "s" : "") : "quatre-vingt-" + UNITS[unit];
        }
        if (unit == 0) {
            return TENS[tens];
        }
        return TENS[tens] + (unit == 1 ? " et un" : "-" + UNITS[unit]);
    }
}
