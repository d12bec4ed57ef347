package org.openspacemakers.marketplace.catalog.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.BoardPage;
import org.openspacemakers.marketplace.catalog.BoardSummary;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.ListingQuery;
import org.openspacemakers.marketplace.catalog.ListingSort;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.Destination;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue as JSON: listed boards, and one board with its revisions and offers. */
@RestController
@RequestMapping("/api/v1/boards")
@Tag(name = "Catalogue")
class BoardApi {

    private final BoardQueries catalog;
    private final Storefront storefront;

    BoardApi(BoardQueries catalog, Storefront storefront) {
        this.catalog = catalog;
        this.storefront = storefront;
    }

    record BoardList(List<BoardSummary> items, String nextCursor) {
    }

    record BoardJson(String slug, String name, String summary, String licence, String sourceUrl, String team,
            List<RevisionJson> revisions) {
    }

    record RevisionJson(UUID id, String label, ReviewStatus reviewStatus, List<OfferJson> offers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OfferJson(UUID id, OfferKind kind, Money price, VatCategory vatCategory, PriceBreakdown breakdown,
            int leadTimeDays, java.time.LocalDate pausedUntil, Integer stock, Boolean eligible, List<RefusalMessages.Reason> reasons,
            List<String> acknowledgementsRequired, Boolean professionalOnly) {
    }

    @GetMapping
    @Operation(summary = "Listed boards matching words (names, summaries, tags, part numbers) and filters, a page at a time")
    BoardList list(@RequestParam(required = false) String q, @RequestParam(required = false) String licence,
            @RequestParam(required = false) OfferKind kind, @RequestParam(required = false) Long minPrice,
            @RequestParam(required = false) Long maxPrice, @RequestParam(required = false) String orderableTo,
            @RequestParam(defaultValue = "CONSUMER") BuyerType buyerType,
            @RequestParam(defaultValue = "NAME") ListingSort sort, @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "20") int size) {
        Optional<Destination> destination = Optional.ofNullable(orderableTo).map(country -> {
            if (!CountryCode.isValid(country)) {
                throw new InvalidInput("orderableTo", "invalid.country");
            }
            return new Destination(CountryCode.of(country), buyerType);
        });
        BoardPage page = catalog.list(new ListingQuery(Optional.ofNullable(q), Optional.ofNullable(licence),
                Optional.ofNullable(kind), Optional.ofNullable(minPrice), Optional.ofNullable(maxPrice), destination, sort,
                Optional.ofNullable(cursor), size));
        return new BoardList(page.items(), page.nextCursor().orElse(null));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "A board, its revisions newest first and their offers; with country, whether each can be ordered")
    BoardJson board(@PathVariable String slug, @RequestParam(required = false) String country,
            @RequestParam(defaultValue = "CONSUMER") BuyerType buyerType, Locale locale) {
        Optional<CountryCode> destination = Optional.ofNullable(country).map(c -> {
            if (!CountryCode.isValid(c)) {
                throw new InvalidInput("country", "invalid.country");
            }
            return CountryCode.of(c);
        });
        Storefront.Product product = storefront.product(slug, destination, Optional.of(buyerType), locale);
        var board = product.details().board();
        return new BoardJson(board.slug(), board.name(), board.summary(), board.licence(), board.sourceUrl(),
                product.details().team().slug(),
                product.revisions().stream().map(r -> new RevisionJson(r.revision().revision().id(),
                        r.revision().revision().label(), r.revision().revision().reviewStatus(),
                        r.offers().stream().map(o -> new OfferJson(o.offer().id(), o.offer().kind(), o.price(),
                                o.offer().vatCategory(), o.offer().breakdown(), o.leadTimeDays(), o.pausedUntil().orElse(null), o.stock().orElse(null), o.eligible().orElse(null),
                                o.eligible().isPresent() ? o.reasons() : null,
                                o.eligible().isPresent() ? o.notices().acknowledgements().stream().sorted().toList() : null,
                                o.eligible().isPresent() ? o.notices().professionalOnly() : null)).toList()))
                        .toList());
    }
}
