package org.openspacemakers.marketplace.catalog;

import java.util.Optional;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.Destination;
import org.openspacemakers.marketplace.compliance.OfferKind;

/**
 * What a buyer asks of the storefront: words to find (in names, summaries, tags and part
 * numbers), filters, an order, and where the previous page ended; and the country the buyer
 * chose, for which each board found says whether it can be ordered ({@link BoardSummary#orderable()}).
 */
public record ListingQuery(Optional<String> text, Optional<String> licence, Optional<OfferKind> offerKind,
        Optional<Long> minPriceMinor, Optional<Long> maxPriceMinor, Optional<Destination> orderableTo,
        ListingSort sort, Optional<String> cursor, int size, Optional<CountryCode> orderableLabelFor) {

    /** A query whose boards say whether they can be ordered anywhere (no country chosen). */
    public ListingQuery(Optional<String> text, Optional<String> licence, Optional<OfferKind> offerKind,
            Optional<Long> minPriceMinor, Optional<Long> maxPriceMinor, Optional<Destination> orderableTo,
            ListingSort sort, Optional<String> cursor, int size) {
        this(text, licence, offerKind, minPriceMinor, maxPriceMinor, orderableTo, sort, cursor, size, Optional.empty());
    }

    public ListingQuery {
        if (size < 1 || size > 100) {
            throw new ListingRejected("size", "invalid.pageSize", 100);
        }
        if (minPriceMinor.isPresent() && maxPriceMinor.isPresent() && minPriceMinor.get() > maxPriceMinor.get()) {
            throw new ListingRejected("minPrice", "invalid.priceRange");
        }
        sort = sort == null ? ListingSort.NAME : sort;
        orderableLabelFor = orderableLabelFor == null ? Optional.empty() : orderableLabelFor;
    }

    /** Every listed board, by name. */
    public static ListingQuery all(Optional<String> text, Optional<String> cursor, int size) {
        return new ListingQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), ListingSort.NAME, cursor, size);
    }
}
