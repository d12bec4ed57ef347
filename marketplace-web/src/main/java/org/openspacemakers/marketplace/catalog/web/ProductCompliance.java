package org.openspacemakers.marketplace.catalog.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.BoardDetails;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.OfficialLanguages;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the product page states about the conformity of the revision it sells (COMPLIANCE-DOMAIN.md,
 * "What a product page shows"): the newest approved revision's dossier, as the buyer reads it.
 * Costs the dossier's own statements, once per page whatever the number of revisions.
 */
@Component
class ProductCompliance {

    private static final String FALLBACK_LANGUAGE = "en";

    private final Compliance compliance;
    private final MessageSource messages;

    ProductCompliance(Compliance compliance, MessageSource messages) {
        this.compliance = compliance;
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
    record Block(UUID revisionId, String label, String manufacturerName, String postalAddress, String email,
            String productIdentification, String acts, String standards, String docNumber, String docLink,
            Integer rohsCategory, String rohsCategoryName, List<Exemption> exemptions, boolean household,
            String weeeCategories, String takeBack, String warnings, String warningsLanguage,
            String warningsLanguageName, boolean warningsInPageLanguage, boolean classA, boolean professionalOnly,
            DossierContent.Battery battery, DossierContent.Svhc svhc) {

        /** Whether this block speaks of that revision (the notices go before its order buttons). */
        public boolean covers(UUID revision) {
            return revisionId.equals(revision);
        }
    }

    /** A RoHS exemption claimed for BOM lines, and the day it expires (if it does). */
    record Exemption(String code, String lines, LocalDate expires) {
    }

    /**
     * The block for the newest approved revision of the board, if any has a dossier.
     *
     * @param destination the country chosen on the page, whose official languages are the warnings' fallback
     */
    Optional<Block> of(BoardDetails details, Optional<CountryCode> destination, Locale locale) {
        Optional<BoardDetails.RevisionOffers> approved = details.revisions().stream()
                .filter(r -> r.revision().reviewStatus() == ReviewStatus.APPROVED)
                .findFirst();
        if (approved.isEmpty()) {
            return Optional.empty();
        }
        var revision = approved.get().revision();
        return compliance.dossier(RevisionRef.of(revision.id()))
                .map(dossier -> block(details.board().slug(), revision.id(), revision.label(), dossier, destination, locale));
    }

    private Block block(String slug, UUID revisionId, String label, DossierView dossier, Optional<CountryCode> destination,
            Locale locale) {
        DossierContent content = dossier.content();
        DossierContent.Ce ce = content.ce();
        String acts = String.join(", ", ce.acts().stream().sorted()
                .map(act -> message("product.compliance.act." + act.name(), locale)).toList());
        String standards = String.join(", ", ce.standards().stream()
                .map(s -> s.edition().isEmpty() ? s.number() : s.number() + ":" + s.edition()).toList());
        String docLink = ce.docFile() == null ? null
                : "/boards/" + slug + "/revisions/" + revisionId + "/declaration-of-conformity";
        Integer category = content.rohs().category();
        String categoryName = category == null ? "" : message("product.compliance.rohsCategory." + category, locale);
        List<Exemption> exemptions = new ArrayList<>();
        for (DossierContent.PartEvidence part : content.rohs().parts()) {
            if (!part.exemption().isEmpty()) {
                exemptions.add(new Exemption(part.exemption(), part.line(), part.exemptionExpires()));
            }
        }
        Map<String, String> warnings = content.gpsr().warnings();
        String language = warningsLanguage(warnings, locale.getLanguage(), destination);
        String languageName = language == null ? "" : Locale.forLanguageTag(language).getDisplayLanguage(locale);
        return new Block(revisionId, label, content.gpsr().manufacturerName(), content.gpsr().postalAddress(),
                content.gpsr().email(), content.gpsr().productIdentification(), acts, standards, ce.docNumber(), docLink,
                category, categoryName, exemptions, content.weee().household(), content.weee().categories(),
                content.weee().takeBack(), language == null ? "" : warnings.get(language), language, languageName,
                locale.getLanguage().equals(language), ce.emcClass() == DossierContent.EmcClass.A,
                ce.intendedUse() == DossierContent.IntendedUse.PROFESSIONAL_RND_ONLY, content.battery(), content.svhc());
    }

    /**
     * The language the warnings are shown in: the page's, else one of the destination's official
     * languages, else English, else whichever the dossier has.
     */
    static String warningsLanguage(Map<String, String> warnings, String pageLanguage, Optional<CountryCode> destination) {
        if (warnings.isEmpty()) {
            return null;
        }
        Set<String> preferred = new LinkedHashSet<>();
        preferred.add(pageLanguage);
        destination.ifPresent(country -> preferred.addAll(OfficialLanguages.of(country)));
        preferred.add(FALLBACK_LANGUAGE);
        return preferred.stream().filter(warnings::containsKey).findFirst()
                .orElseGet(() -> warnings.keySet().iterator().next());
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
