package org.openspacemakers.marketplace.tax;

import java.util.Optional;

/**
 * How VAT applies to one line of a sale, with the legal mention an invoice must then carry
 * (directive 2006/112/CE art. 226(11) and (11a); CGI art. 242 nonies A). The codes are stored with
 * each order line and invoice line: never rename one.
 */
public enum VatTreatment {
    /** The association is under the franchise: no VAT charged, whoever and wherever the buyer. */
    FRANCHISE("TVA non applicable, art. 293 B du CGI"),
    /** French VAT: a sale in France, a consumer elsewhere in the EU below the distance-selling threshold, assembly for a consumer. */
    HOME_RATE(null),
    /** The destination's VAT: goods to a consumer in another member state once the distance-selling threshold is passed (declared through the OSS). */
    DESTINATION_RATE(null),
    /**
     * Goods to a verified professional in another member state: an intra-Community supply, exempt in
     * France (CGI art. 262 ter I, directive art. 138); the buyer accounts for the VAT on its acquisition.
     */
    INTRA_EU_SUPPLY("Exonération de TVA, article 262 ter I du CGI — livraison intracommunautaire (article 138 de la directive 2006/112/CE)"),
    /** Assembly (a service) for a verified professional established in another member state: the customer pays the VAT (directive art. 44 and 196). */
    REVERSE_CHARGE("Autoliquidation — article 196 de la directive 2006/112/CE"),
    /** Goods dispatched outside the European Union: exempt as an export (CGI art. 262 I, directive art. 146). */
    EXPORT("Exonération de TVA, article 262 I du CGI — exportation");

    private final String mention;

    VatTreatment(String mention) {
        this.mention = mention;
    }

    /** The mention, in French as the CGI words it, that an invoice with such a line carries; empty when none is needed. */
    public Optional<String> mention() {
        return Optional.ofNullable(mention);
    }

    /** Whether the buyer pays no VAT to the association on the line, while the association is registered. */
    public boolean zeroRated() {
        return this == INTRA_EU_SUPPLY || this == REVERSE_CHARGE || this == EXPORT;
    }
}
