package org.openspacemakers.marketplace.shipping;

/** How a parcel travels to the buyer; administrators price each method per zone. */
public enum ShippingMethod {
    /** Ordinary parcel post. */
    STANDARD,
    /** A tracked parcel, handed over against a signature. */
    TRACKED
}
