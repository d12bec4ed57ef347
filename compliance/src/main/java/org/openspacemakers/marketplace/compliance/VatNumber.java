package org.openspacemakers.marketplace.compliance;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An EU VAT identification number, as VIES knows it: the member state's prefix (ISO 3166 except
 * {@code EL} for Greece) and the national number in that state's format. Only a number of the
 * right format is checked with VIES ({@link VatNumberCheck}).
 */
public record VatNumber(String prefix, String number) {

    /** The national formats VIES documents, by prefix. */
    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("U\\d{8}")),
            Map.entry("BE", Pattern.compile("[01]\\d{9}")),
            Map.entry("BG", Pattern.compile("\\d{9,10}")),
            Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("\\d{8,10}")),
            Map.entry("DE", Pattern.compile("\\d{9}")),
            Map.entry("DK", Pattern.compile("\\d{8}")),
            Map.entry("EE", Pattern.compile("\\d{9}")),
            Map.entry("EL", Pattern.compile("\\d{9}")),
            Map.entry("ES", Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]")),
            Map.entry("FI", Pattern.compile("\\d{8}")),
            Map.entry("FR", Pattern.compile("[0-9A-HJ-NP-Z]{2}\\d{9}")),
            Map.entry("HR", Pattern.compile("\\d{11}")),
            Map.entry("HU", Pattern.compile("\\d{8}")),
            Map.entry("IE", Pattern.compile("\\d{7}[A-W][A-I]?|\\d[A-Z+*]\\d{5}[A-W]")),
            Map.entry("IT", Pattern.compile("\\d{11}")),
            Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
            Map.entry("LU", Pattern.compile("\\d{8}")),
            Map.entry("LV", Pattern.compile("\\d{11}")),
            Map.entry("MT", Pattern.compile("\\d{8}")),
            Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("\\d{10}")),
            Map.entry("PT", Pattern.compile("\\d{9}")),
            Map.entry("RO", Pattern.compile("[1-9]\\d{1,9}")),
            Map.entry("SE", Pattern.compile("\\d{10}01")),
            Map.entry("SI", Pattern.compile("\\d{8}")),
            Map.entry("SK", Pattern.compile("\\d{10}")));

    public VatNumber {
        if (!FORMATS.containsKey(prefix) || !FORMATS.get(prefix).matcher(number).matches()) {
            throw new IllegalArgumentException("not an EU VAT number of the right format");
        }
    }

    /**
     * The number as typed (spaces, dots and dashes ignored, any case), when it has an EU member
     * state's prefix and that state's format; {@code GR} is taken for Greece's {@code EL}.
     */
    public static Optional<VatNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 4 || compact.length() > 16) {
            return Optional.empty();
        }
        String prefix = compact.substring(0, 2).equals("GR") ? "EL" : compact.substring(0, 2);
        String number = compact.substring(2);
        Pattern format = FORMATS.get(prefix);
        return format != null && format.matcher(number).matches() ? Optional.of(new VatNumber(prefix, number))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return prefix + number;
    }
}
