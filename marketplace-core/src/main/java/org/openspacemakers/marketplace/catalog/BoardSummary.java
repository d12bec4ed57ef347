package org.openspacemakers.marketplace.catalog;

import java.util.List;

/**
 * A listed board as the storefront shows it: orderable when an offer of an approved revision may be
 * sold to the country the buyer chose (with none chosen, to some country), as its product page says,
 * and {@code orderableAnywhere} when to some country (false while its revisions await review);
 * {@code fromPrice} is the lowest price of its current offers (null when it has none);
 * {@code thumbnailKey} is its first photo's thumbnail, served at {@code /photos/{key}} (null when it has none).
 */
public record BoardSummary(String slug, String name, String summary, String licence, String sourceUrl,
        boolean orderable, Money fromPrice, List<String> offerKinds, boolean orderableAnywhere, String thumbnailKey) {
}
