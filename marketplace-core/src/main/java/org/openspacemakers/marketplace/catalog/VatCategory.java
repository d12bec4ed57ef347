package org.openspacemakers.marketplace.catalog;

/** The VAT category of an offer; the rate follows from it and the destination (orders issue). */
public enum VatCategory {
    /** Goods and services at the destination's standard rate: assembled electronics. */
    STANDARD,
    /** A reduced rate, where the destination grants one for the offer. */
    REDUCED
}
