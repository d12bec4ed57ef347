package org.openspacemakers.marketplace.compliance.dossier;

import static org.openspacemakers.marketplace.compliance.dossier.Fields.limit;
import static org.openspacemakers.marketplace.compliance.dossier.Fields.missing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.compliance.OfficialLanguages;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.openspacemakers.marketplace.compliance.SaleRequest;

/** The GPSR section (article 19): the manufacturer and how to reach it, the product's identification, the warnings by language. */
@Embeddable
class GpsrSection {

    @Column(name = "manufacturer_name", nullable = false, length = 200)
    private String manufacturerName = "";

    @Column(name = "postal_address", nullable = false, length = 500)
    private String postalAddress = "";

    @Column(name = "email", nullable = false, length = 200)
    private String email = "";

    @Column(name = "product_identification", nullable = false, length = 500)
    private String productIdentification = "";

    /** Warnings and safety information: ISO 639-1 code to text. */
    @ElementCollection
    @CollectionTable(name = "dossier_warnings", joinColumns = @JoinColumn(name = "dossier_id"))
    @MapKeyColumn(name = "language", length = 2)
    @Column(name = "warnings", nullable = false, columnDefinition = "TEXT")
    private Map<String, String> warnings = new HashMap<>();

    /**
     * Refuses warnings in a language that is not an official language of the Union, and the same
     * text under two languages (English tagged as German does not inform a German buyer).
     */
    static void check(DossierContent.Gpsr gpsr) {
        Map<String, String> byText = new HashMap<>();
        new TreeMap<>(gpsr.warnings()).forEach((language, text) -> {
            if (!OfficialLanguages.ALL.contains(language)) {
                throw new DossierRejected("gpsr.warnings", "invalid.dossier.language", language);
            }
            String same = byText.putIfAbsent(text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), language);
            if (same != null && !text.isBlank()) {
                // Of English and another language, the other is the copy.
                String copy = language.equals("en") ? same : language;
                throw new DossierRejected("gpsr.warnings." + copy, "invalid.dossier.sameWarnings",
                        copy.equals(language) ? same : language);
            }
        });
    }

    /** Takes the team's statements, refusing a text too long for its column and an e-mail that is not an address. */
    void replace(DossierContent.Gpsr gpsr) {
        manufacturerName = limit("gpsr.manufacturerName", gpsr.manufacturerName(), 200);
        postalAddress = limit("gpsr.postalAddress", gpsr.postalAddress(), 500);
        email = limit("gpsr.email", gpsr.email(), 200);
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DossierRejected("gpsr.email", "invalid.email");
        }
        productIdentification = limit("gpsr.productIdentification", gpsr.productIdentification(), 500);
        warnings.clear();
        gpsr.warnings().forEach((language, words) -> warnings.put(language, limit("gpsr.warnings." + language, words, 10_000)));
    }

    /** The warnings come sorted by language, whatever order they were stored in. */
    DossierContent.Gpsr content() {
        return new DossierContent.Gpsr(manufacturerName, postalAddress, email, productIdentification, new TreeMap<>(warnings));
    }

    /** What an approval lacks here: each contact item, and warnings in at least one language. */
    List<Refusal> gaps() {
        List<Refusal> gaps = new ArrayList<>();
        missing(gaps, RefusalCode.GPSR_INFO_INCOMPLETE, manufacturerName, "manufacturer name");
        missing(gaps, RefusalCode.GPSR_INFO_INCOMPLETE, postalAddress, "postal address");
        missing(gaps, RefusalCode.GPSR_INFO_INCOMPLETE, email, "e-mail address");
        missing(gaps, RefusalCode.GPSR_INFO_INCOMPLETE, productIdentification, "product identification");
        if (warnings.isEmpty()) {
            gaps.add(Refusal.of(RefusalCode.GPSR_INFO_INCOMPLETE, "warnings and safety information"));
        }
        return gaps;
    }

    /** Refuses a sale into a member state when warnings lack one of the languages it requires. */
    List<Refusal> saleRefusals(SaleRequest request) {
        CountryCode destination = request.destination();
        if (!OfficialLanguages.missing(destination, warnings.keySet()).isEmpty()) {
            return List.of(Refusal.inCountry(RefusalCode.WARNINGS_NOT_IN_LANGUAGE, destination));
        }
        return List.of();
    }
}
