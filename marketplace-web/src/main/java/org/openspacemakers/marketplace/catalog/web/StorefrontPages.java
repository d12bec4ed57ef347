package org.openspacemakers.marketplace.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.openspacemakers.marketplace.catalog.BoardPage;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.ListingQuery;
import org.openspacemakers.marketplace.catalog.ListingSort;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.OpenHardwareLicence;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.system.CountryNames;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.Destination;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * The storefront pages: the list of boards and a board's product page. Anonymous; no session. The
 * buyer's country is the one they chose, carried in the links, never a guess.
 */
@Controller
class StorefrontPages {

    private static final int PAGE_SIZE = 24;

    private final BoardQueries catalog;
    private final Storefront storefront;
    private final ProductPageModel productModel;
    private final RenderedPages rendered;
    private final Clock clock;

    StorefrontPages(BoardQueries catalog, Storefront storefront, ProductPageModel productModel, RenderedPages rendered,
            Clock clock) {
        this.rendered = rendered;
        this.clock = clock;
        this.productModel = productModel;
        this.catalog = catalog;
        this.storefront = storefront;
    }

    @GetMapping("/")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String licence,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String minPrice,
            @RequestParam(required = false) String maxPrice, @RequestParam(required = false) String country,
            @RequestParam(defaultValue = "false") boolean orderable, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor, Locale locale, Model model) {
        Optional<CountryCode> visitor = chosenCountry(country);
        ListingQuery query = new ListingQuery(blank(q), blank(licence).filter(OpenHardwareLicence.ACCEPTED::contains),
                blank(kind).flatMap(k -> enumValue(OfferKind.class, k)), euros(minPrice), euros(maxPrice),
                orderable ? visitor.map(c -> new Destination(c, BuyerType.CONSUMER)) : Optional.empty(),
                blank(sort).flatMap(v -> enumValue(ListingSort.class, v)).orElse(ListingSort.NAME), blank(cursor), PAGE_SIZE,
                visitor);
        BoardPage page;
        try {
            page = catalog.list(query);
        } catch (InvalidInput e) {
            // A cursor or a price range a link no longer fits: the list from its start, unfiltered by price.
            page = catalog.list(new ListingQuery(query.text(), query.licence(), query.offerKind(), Optional.empty(),
                    Optional.empty(), query.orderableTo(), query.sort(), Optional.empty(), PAGE_SIZE, visitor));
        }
        model.addAttribute("boards", page.items());
        model.addAttribute("nextCursor", page.nextCursor().orElse(null));
        model.addAttribute("q", q);
        model.addAttribute("licence", licence);
        model.addAttribute("kind", kind);
        model.addAttribute("minPrice", minPrice);
        model.addAttribute("maxPrice", maxPrice);
        model.addAttribute("orderable", orderable);
        model.addAttribute("sort", query.sort().name());
        model.addAttribute("country", visitor.map(CountryCode::value).orElse(null));
        model.addAttribute("countryName", visitor.map(c -> CountryNames.name(c, locale)).orElse(null));
        model.addAttribute("countries", CountryNames.in(locale));
        model.addAttribute("keptCountry", visitor.map(CountryCode::value).orElse(null));
        model.addAttribute("licences", OpenHardwareLicence.ACCEPTED.stream().sorted().toList());
        return "storefront";
    }

    private static Optional<String> blank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** A price typed in euros, in cents; anything else is no filter. */
    private static Optional<Long> euros(String value) {
        return Money.parseEuros(value).map(Money::amountMinor);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A board's product page. For an anonymous visitor the HTML rendered for the same page version,
     * day, lead time, language, country and address is written again without building the model.
     */
    @GetMapping("/boards/{slug}")
    View board(@PathVariable String slug, @RequestParam(required = false) String country, HttpServletRequest request,
            Locale locale) throws Exception {
        Optional<CountryCode> destination = chosenCountry(country);
        Storefront.Shown shown = storefront.shown(slug);
        return rendered.view("board", request, locale, model -> productModel.fill(model, shown, destination, locale),
                shown.page().version(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                destination.map(CountryCode::value).orElse("-"), shown.leadTimeDays(),
                shown.pausedUntil().map(LocalDate::toString).orElse("-"), shown.stockVersion(),
                shown.sales().unitsSold(), shown.sales().association().amountMinor());
    }

    /**
     * The country the visitor chose, carried by the store's links as {@code ?country=}; none until
     * they choose. The region of their browser's language is no guess of where they live (en-US is
     * read by buyers everywhere), so it is not asked.
     */
    static Optional<CountryCode> chosenCountry(String country) {
        if (country == null) {
            return Optional.empty();
        }
        String upper = country.strip().toUpperCase(Locale.ROOT);
        return CountryCode.isValid(upper) ? Optional.of(CountryCode.of(upper)) : Optional.empty();
    }
}
