package org.openspacemakers.marketplace.catalog;

/** A listed board as the storefront shows it; orderable when an approved revision has an offer. */
public record BoardSummary(String slug, String name, String summary, String licence, String sourceUrl,
        boolean orderable) {
}
