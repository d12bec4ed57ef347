package org.openspacemakers.marketplace.compliance.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleRequest;

class GpsrSectionTest {

    @Test
    void theEmailIsAnAddressWhenGiven() {
        GpsrSection gpsr = new GpsrSection();
        gpsr.replace(gpsr("", Map.of()));
        assertThatThrownBy(() -> gpsr.replace(gpsr("contact at osm.example", Map.of())))
                .isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("gpsr.email");
    }

    @Test
    void warningsTooLongAreRefusedByTheirLanguage() {
        assertThatThrownBy(() -> new GpsrSection().replace(gpsr("c@osm.example", Map.of("de", "x".repeat(10_001)))))
                .isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("gpsr.warnings.de");
    }

    @Test
    void warningsComeSortedByLanguageAndOnlyAMemberStateAsksForItsOwn() {
        GpsrSection gpsr = new GpsrSection();
        gpsr.replace(gpsr("c@osm.example", Map.of("fr", "Attention", "de", "Achtung")));
        assertThat(gpsr.content().warnings().keySet()).containsExactly("de", "fr");
        assertThat(gpsr.saleRefusals(sale("CH"))).isEmpty();
        assertThat(gpsr.saleRefusals(sale("IT"))).hasSize(1);
    }

    @Test
    void englishTaggedAsAnotherLanguageIsRefusedOnThatLanguage() {
        assertThatThrownBy(() -> GpsrSection.check(gpsr("c@osm.example",
                Map.of("en", "Handle unpowered.", "de", "Handle  unpowered.", "fr", "Manipuler hors tension."))))
                .isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("gpsr.warnings.de");
        assertThatThrownBy(() -> GpsrSection.check(gpsr("c@osm.example", Map.of("en", "Handle unpowered.", "it", "handle unpowered."))))
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("gpsr.warnings.it");
        GpsrSection.check(gpsr("c@osm.example", Map.of("en", "Handle unpowered.", "de", "Nur spannungsfrei handhaben.")));
    }

    private static DossierContent.Gpsr gpsr(String email, Map<String, String> warnings) {
        return new DossierContent.Gpsr("Open Space Makers", "Toulouse", email, "Card 1.0", warnings);
    }

    private static SaleRequest sale(String country) {
        return new SaleRequest(RevisionRef.of(UUID.randomUUID()), OfferKind.FULL_KIT, CountryCode.of(country),
                BuyerType.CONSUMER, Set.of(), Instant.parse("2026-12-01T10:00:00Z"));
    }
}
