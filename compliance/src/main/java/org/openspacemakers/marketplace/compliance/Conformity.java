package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a product page states about the conformity of an approved revision (COMPLIANCE-DOMAIN.md,
 * "What a product page shows"): the acts and standards, the declaration, RoHS with its exemptions,
 * WEEE, the GPSR manufacturer and warnings, battery, SVHC, and the notices before the order buttons.
 *
 * @param standards           each standard applied as cited: number, then {@code :edition} when given
 * @param declarationPublished whether the declaration of conformity can be downloaded
 */
public record Conformity(RevisionRef revision, Set<DossierContent.Act> acts, List<String> standards, String docNumber,
        boolean declarationPublished, Integer rohsCategory, List<Exemption> exemptions, DossierContent.Weee weee,
        DossierContent.Gpsr gpsr, SaleNotices notices, DossierContent.Battery battery, DossierContent.Svhc svhc) {

    /** The language warnings are shown in when none of the reader's is available. */
    static final String FALLBACK_LANGUAGE = "en";

    /**
     * A RoHS exemption claimed for BOM lines, and its last day for the dossier's category as the table
     * gives it (null while it holds until the Commission decides on its renewal).
     */
    public record Exemption(String code, String lines, LocalDate expires) {
    }

    static Conformity of(RevisionRef revision, DossierContent content, boolean declarationPublished) {
        DossierContent.Ce ce = content.ce();
        return new Conformity(revision, ce.acts(),
                ce.standards().stream().map(s -> s.edition().isEmpty() ? s.number() : s.number() + ":" + s.edition()).toList(),
                ce.declaration().number(), declarationPublished, content.rohs().category(),
                content.rohs().parts().stream().filter(part -> !part.exemption().isEmpty())
                        .map(part -> new Exemption(part.exemption(), part.line(),
                                RohsExemptions.lastDay(part.exemption(), content.rohs().category()).orElse(null)))
                        .toList(),
                content.weee(), content.gpsr(), SaleNotices.of(content), content.battery(), content.svhc());
    }

    /**
     * The language the warnings are shown in (ISO 639-1): the page's, else one of the destination's
     * official languages, else English, else whichever the dossier has; empty when there are none.
     */
    public Optional<String> warningsLanguage(String pageLanguage, Optional<CountryCode> destination) {
        Map<String, String> warnings = gpsr.warnings();
        if (warnings.isEmpty()) {
            return Optional.empty();
        }
        Set<String> preferred = new LinkedHashSet<>();
        preferred.add(pageLanguage);
        destination.ifPresent(country -> preferred.addAll(OfficialLanguages.of(country)));
        preferred.add(FALLBACK_LANGUAGE);
        return Optional.of(preferred.stream().filter(warnings::containsKey).findFirst()
                .orElseGet(() -> warnings.keySet().iterator().next()));
    }
}
