package org.openspacemakers.marketplace.compliance;

import java.util.List;
import java.util.Map;

/**
 * The official languages (ISO 639-1) of each EU member state: warnings must be given in one of
 * them (COMPLIANCE-DOMAIN.md; whether a multilingual state needs all of them is a point to confirm,
 * hence one of them for now).
 */
public final class OfficialLanguages {

    private static final Map<String, List<String>> BY_COUNTRY = Map.ofEntries(
            Map.entry("AT", List.of("de")), Map.entry("BE", List.of("nl", "fr", "de")), Map.entry("BG", List.of("bg")),
            Map.entry("HR", List.of("hr")), Map.entry("CY", List.of("el")), Map.entry("CZ", List.of("cs")),
            Map.entry("DK", List.of("da")), Map.entry("EE", List.of("et")), Map.entry("FI", List.of("fi", "sv")),
            Map.entry("FR", List.of("fr")), Map.entry("DE", List.of("de")), Map.entry("GR", List.of("el")),
            Map.entry("HU", List.of("hu")), Map.entry("IE", List.of("en", "ga")), Map.entry("IT", List.of("it")),
            Map.entry("LV", List.of("lv")), Map.entry("LT", List.of("lt")), Map.entry("LU", List.of("lb", "fr", "de")),
            Map.entry("MT", List.of("mt", "en")), Map.entry("NL", List.of("nl")), Map.entry("PL", List.of("pl")),
            Map.entry("PT", List.of("pt")), Map.entry("RO", List.of("ro")), Map.entry("SK", List.of("sk")),
            Map.entry("SI", List.of("sl")), Map.entry("ES", List.of("es")), Map.entry("SE", List.of("sv")));

    /** Every language code used by a member state. */
    public static final List<String> ALL = BY_COUNTRY.values().stream().flatMap(List::stream).distinct().sorted().toList();

    private OfficialLanguages() {
    }

    /** The country's official languages, or none outside the EU. */
    public static List<String> of(CountryCode country) {
        return BY_COUNTRY.getOrDefault(country.value(), List.of());
    }
}
