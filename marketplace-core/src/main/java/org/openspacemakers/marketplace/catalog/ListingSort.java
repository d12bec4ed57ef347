package org.openspacemakers.marketplace.catalog;

/** How the storefront orders boards. Every order is total (ties broken by slug), for stable pages. */
public enum ListingSort {
    /** By name, A to Z. */
    NAME,
    /** Most recently listed first. */
    NEWEST,
    /** Cheapest offer first. */
    PRICE_ASC,
    /** Dearest offer first. */
    PRICE_DESC
}
