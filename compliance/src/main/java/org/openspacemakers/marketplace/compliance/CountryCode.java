package org.openspacemakers.marketplace.compliance;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case. */
public record CountryCode(String value) {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    /** The 27 member states of the European Union. */
    public static final java.util.List<String> EU_MEMBERS = java.util.List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES",
            "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO",
            "SE", "SI", "SK");
    private static final Set<String> EU = Set.copyOf(EU_MEMBERS);

    public CountryCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.length() == 2 && ISO.contains(value);
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    public boolean isEu() {
        return EU.contains(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
