package org.openspacemakers.marketplace.catalog.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openspacemakers.marketplace.compliance.CountryCode;

/**
 * The countries a buyer may choose on the storefront and the product page: the member states of
 * the European Union (the store sells nowhere else, {@code compliance.SaleRules}), named and
 * ordered in the page's language. Computed once per language, so it costs no query.
 */
final class ShippingCountries {

    /** A country of the selector: its code and its name in the page's language. */
    record Choice(String code, String name) {
    }

    private static final Map<String, List<Choice>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private ShippingCountries() {
    }

    /** A country's name in the page's language. */
    static String name(CountryCode country, Locale locale) {
        return new Locale.Builder().setRegion(country.value()).build().getDisplayCountry(locale);
    }

    static List<Choice> in(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), language -> {
            Locale page = Locale.forLanguageTag(language);
            Collator collator = Collator.getInstance(page);
            return CountryCode.EU_MEMBERS.stream()
                    .map(code -> new Choice(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(page)))
                    .sorted(Comparator.comparing(Choice::name, collator))
                    .toList();
        });
    }
}
