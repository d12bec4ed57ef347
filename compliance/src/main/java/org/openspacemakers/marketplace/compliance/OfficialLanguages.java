package org.openspacemakers.marketplace.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The official languages (ISO 639-1) of each EU member state, and the ones its buyers must be
 * given warnings and safety information in: configuration data, {@code compliance/warning-languages.properties}
 * (Belgium French, Dutch and German; Finland Finnish and Swedish; Luxembourg French and German;
 * Ireland English; Malta Maltese or English; others their own).
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

    /** Each member state's required languages: groups of which one language each is needed. */
    private static final Map<String, List<Set<String>>> REQUIRED = required("compliance/warning-languages.properties");

    /** The country's official languages, or none outside the EU. */
    public static List<String> of(CountryCode country) {
        return BY_COUNTRY.getOrDefault(country.value(), List.of());
    }

    /**
     * The languages warnings must be given in for this country, as groups: one language of each
     * group is needed (a group of one is a language required as such). None outside the EU.
     */
    public static List<Set<String>> required(CountryCode country) {
        return REQUIRED.getOrDefault(country.value(), List.of());
    }

    /** The required groups this set of languages leaves without any of its languages, in order. */
    public static List<Set<String>> missing(CountryCode country, Set<String> given) {
        return required(country).stream().filter(group -> group.stream().noneMatch(given::contains)).toList();
    }

    private static Map<String, List<Set<String>>> required(String resource) {
        Properties table = new Properties();
        try (InputStream in = OfficialLanguages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the compliance module");
            }
            table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Set<String>>> required = new TreeMap<>();
        table.stringPropertyNames().forEach(country -> {
            if (!BY_COUNTRY.containsKey(country)) {
                throw new IllegalStateException(resource + " names " + country + ", not a member state");
            }
            List<Set<String>> groups = Arrays.stream(table.getProperty(country).split(","))
                    .map(group -> Set.copyOf(Arrays.stream(group.split("\\|")).map(String::strip).toList()))
                    .toList();
            groups.stream().flatMap(Set::stream).filter(language -> !BY_COUNTRY.get(country).contains(language)
                    && !"en".equals(language)).findAny().ifPresent(language -> {
                        throw new IllegalStateException(resource + " asks " + language + " of " + country);
                    });
            required.put(country, groups);
        });
        if (!required.keySet().equals(BY_COUNTRY.keySet())) {
            throw new IllegalStateException(resource + " must name every member state");
        }
        return Map.copyOf(required);
    }
}
