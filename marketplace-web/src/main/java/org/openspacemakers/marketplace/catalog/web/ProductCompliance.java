package org.openspacemakers.marketplace.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.BoardDetails;
import org.openspacemakers.marketplace.catalog.ProductPage;
import org.openspacemakers.marketplace.compliance.Conformity;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfficialLanguages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the product page states about the conformity of the revision it sells (COMPLIANCE-DOMAIN.md,
 * "What a product page shows"): the newest approved revision's {@link Conformity}, put in the
 * page's words, from the {@link ProductPage} (no statement of its own).
 */
@Component
class ProductCompliance {

    private final MessageSource messages;

    ProductCompliance(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The statements about one approved revision, words already in the page's language where they
     * are composed of several messages.
     *
     * @param warningsLanguage the ISO 639-1 code of the warnings shown ({@code null} when there are none)
     * @param warningsLanguageName that language's name in the page's language
     * @param warningsInPageLanguage whether the warnings are in the page's own language
     */
    record Block(UUID revisionId, String label, Conformity conformity, String acts, String standards, String docLink,
            String rohsCategoryName, String warnings, String warningsLanguage, String warningsLanguageName,
            boolean warningsInPageLanguage, List<Warnings> destinationWarnings) {

        /** Whether this block speaks of that revision (the notices go before its order buttons). */
        public boolean covers(UUID revision) {
            return revisionId.equals(revision);
        }
    }

    /** The warnings in one language the destination requires, with that language's name in the page's language. */
    record Warnings(String language, String languageName, String text) {
    }

    /**
     * The block for the newest approved revision of the board, if it has a dossier.
     *
     * @param destination the country chosen on the page, whose official languages are the warnings' fallback
     */
    Optional<Block> of(ProductPage page, Optional<CountryCode> destination, Locale locale) {
        return page.details().newestApproved().map(BoardDetails.RevisionOffers::revision)
                .flatMap(revision -> page.conformity()
                        .map(conformity -> block(page.details().board().slug(), revision.id(), revision.label(), conformity,
                                destination, locale)));
    }

    private Block block(String slug, UUID revisionId, String label, Conformity conformity,
            Optional<CountryCode> destination, Locale locale) {
        String acts = String.join(", ", conformity.acts().stream().sorted()
                .map(act -> message("product.compliance.act." + act.name(), locale)).toList());
        String docLink = conformity.declarationPublished()
                ? "/boards/" + slug + "/revisions/" + revisionId + "/declaration-of-conformity" : null;
        Integer category = conformity.rohsCategory();
        String categoryName = category == null ? "" : message("product.compliance.rohsCategory." + category, locale);
        Optional<String> language = conformity.warningsLanguage(locale.getLanguage(), destination);
        return new Block(revisionId, label, conformity, acts, String.join(", ", conformity.standards()), docLink,
                categoryName, language.map(conformity.gpsr().warnings()::get).orElse(""), language.orElse(null),
                language.map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale)).orElse(""),
                language.filter(locale.getLanguage()::equals).isPresent(),
                destination.map(country -> destinationWarnings(conformity, country, language, locale)).orElse(List.of()));
    }

    /**
     * The warnings in the other languages the destination requires, besides the one shown first
     * (of a group where one is enough, none when that one is shown, else the first given): what a
     * buyer there must be able to read. Those the dossier lacks are not shown (the gate refuses
     * the sale there).
     */
    private static List<Warnings> destinationWarnings(Conformity conformity, CountryCode country, Optional<String> shown,
            Locale locale) {
        Map<String, String> given = conformity.gpsr().warnings();
        return OfficialLanguages.required(country).stream()
                .filter(group -> shown.filter(group::contains).isEmpty())
                .flatMap(group -> group.stream().sorted().filter(given::containsKey).findFirst().stream())
                .map(language -> new Warnings(language, Locale.forLanguageTag(language).getDisplayLanguage(locale),
                        given.get(language)))
                .toList();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
