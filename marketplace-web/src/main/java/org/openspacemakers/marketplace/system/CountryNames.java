package org.openspacemakers.marketplace.system;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openspacemakers.marketplace.compliance.CountryCode;

/**
 * Countries as pages name them: in the page's language, never by their code (which stays the
 * value a form sends). The member states of the European Union (the store sells nowhere else,
 * {@code compliance.SaleRules}) are named and ordered once per language, so they cost no query.
 * Templates call it as {@code T(org.openspacemakers.marketplace.system.CountryNames).name(code, #locale)}.
 */
public final class CountryNames {

    /** A country to choose: its code (the value sent) and its name in the page's language. */
    public record Choice(String code, String name) {
    }

    private static final Map<String, List<Choice>> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final Map<String, List<Choice>> ALL_BY_LANGUAGE = new ConcurrentHashMap<>();

    private CountryNames() {
    }

    /** A country's name in the page's language. */
    public static String name(CountryCode country, Locale locale) {
        return name(country.value(), locale);
    }

    /** The name, in the page's language, of the country of this code; the code itself when it names no country. */
    public static String name(String code, Locale locale) {
        if (code == null || !CountryCode.isValid(code)) {
            return code;
        }
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    /** The member states of the European Union, named and ordered by name in the page's language. */
    public static List<Choice> in(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), language -> sorted(CountryCode.EU_MEMBERS,
                Locale.forLanguageTag(language)));
    }

    /**
     * Every country of ISO 3166-1, named and ordered by name in the page's language: where a donor
     * lives, who may give from anywhere.
     */
    public static List<Choice> all(Locale locale) {
        return ALL_BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), language -> sorted(List.of(Locale.getISOCountries()),
                Locale.forLanguageTag(language)));
    }

    /** These countries, named and ordered by name in the page's language. */
    public static List<Choice> sorted(Collection<String> codes, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return codes.stream().map(code -> new Choice(code, name(code, locale)))
                .sorted(Comparator.comparing(Choice::name, collator))
                .toList();
    }
}
