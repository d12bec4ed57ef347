package org.openspacemakers.marketplace.tax;

/** The association's VAT regime, which configuration sets ({@code marketplace.vat.regime}). */
public enum VatRegime {
    /**
     * A French association under the franchise of art. 293 B of the CGI (below its thresholds): it
     * charges no VAT, shows no VAT lines, and every invoice carries "TVA non applicable, art. 293 B du CGI".
     */
    VAT_EXEMPT,
    /** Registered for VAT in France with its own VAT number: VAT is charged by {@link VatRules}. */
    VAT_REGISTERED
}
