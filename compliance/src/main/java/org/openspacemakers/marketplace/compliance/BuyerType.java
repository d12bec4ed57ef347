package org.openspacemakers.marketplace.compliance;

/** The kind of buyer a sale is made to; rules differ for consumers. */
public enum BuyerType {
    /** A natural person buying outside their trade: consumer law and GPSR apply in full. */
    CONSUMER,
    /** A business or institution buying for its professional use. */
    PROFESSIONAL
}
