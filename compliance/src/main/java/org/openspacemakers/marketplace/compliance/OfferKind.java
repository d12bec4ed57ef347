package org.openspacemakers.marketplace.compliance;

/** How an assembled board is sold; an approval names the kinds it covers. */
public enum OfferKind {
    /** The association supplies every part and assembles the board. */
    FULL_KIT,
    /** The buyer has the parts delivered to the workshop and pays for the assembly. */
    ASSEMBLY_ONLY
}
