package org.openspacemakers.marketplace.invoice;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The association as the seller its invoices name ({@code marketplace.association.*}, the same
 * settings as the store's pages): name, legal form, postal address, e-mail, and its French
 * identifiers, the SIRET (14 digits) and the RNA number (W and 9 digits). A SIRET or RNA number of
 * the wrong form stops the store at start-up; one not configured is printed as such.
 */
@ConfigurationProperties("marketplace.association")
public record Seller(String name, String legalForm, String postalAddress, String email, String siret, String rna) {

    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern RNA = Pattern.compile("W\\d{9}");

    public Seller {
        name = orDefault(name, "Open Space Makers");
        legalForm = orDefault(legalForm, "Association régie par la loi du 1er juillet 1901");
        postalAddress = orDefault(postalAddress, "(adresse non configurée)");
        email = orDefault(email, "");
        siret = siret == null ? "" : siret.replaceAll("\\s", "");
        rna = rna == null ? "" : rna.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        if (!siret.isEmpty() && !SIRET.matcher(siret).matches()) {
            throw new IllegalArgumentException("marketplace.association.siret is 14 digits");
        }
        if (!rna.isEmpty() && !RNA.matcher(rna).matches()) {
            throw new IllegalArgumentException("marketplace.association.rna is W followed by 9 digits");
        }
    }

    private static String orDefault(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    public Optional<String> siretNumber() {
        return siret.isEmpty() ? Optional.empty() : Optional.of(siret);
    }

    public Optional<String> rnaNumber() {
        return rna.isEmpty() ? Optional.empty() : Optional.of(rna);
    }
}
