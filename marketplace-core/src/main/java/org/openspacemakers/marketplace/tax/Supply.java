package org.openspacemakers.marketplace.tax;

/** What is sold, as VAT law tells supplies apart: it decides where a sale is taxed. */
public enum Supply {
    /** Goods dispatched to the buyer: a full kit, the association's parts assembled into a board. */
    GOODS,
    /**
     * Work on the buyer's own goods (assembly-only: the buyer's parts assembled): a service, taxed
     * where it is physically carried out for a consumer (directive 2006/112/CE art. 54(2)(b)) and
     * where the customer is established for a business (art. 44).
     */
    WORK_ON_GOODS
}
