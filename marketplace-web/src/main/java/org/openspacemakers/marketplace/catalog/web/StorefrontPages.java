package org.openspacemakers.marketplace.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.openspacemakers.marketplace.catalog.BoardPage;
import org.openspacemakers.marketplace.catalog.Catalog;
import org.openspacemakers.marketplace.catalog.ListingQuery;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The storefront pages: the list of boards and a board's product page. Anonymous; no session. */
@Controller
class StorefrontPages {

    private static final int PAGE_SIZE = 24;

    private final Catalog catalog;
    private final Storefront storefront;

    StorefrontPages(Catalog catalog, Storefront storefront) {
        this.catalog = catalog;
        this.storefront = storefront;
    }

    @GetMapping("/")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String cursor, Model model) {
        BoardPage page = catalog.listBoards(ListingQuery.all(Optional.ofNullable(q), Optional.ofNullable(cursor), PAGE_SIZE));
        model.addAttribute("boards", page.items());
        model.addAttribute("nextCursor", page.nextCursor().orElse(null));
        model.addAttribute("q", q);
        return "storefront";
    }

    @GetMapping("/boards/{slug}")
    String board(@PathVariable String slug, @RequestParam(required = false) String country, HttpServletRequest request,
            Locale locale, Model model) {
        Optional<CountryCode> destination = visitorCountry(country, request);
        model.addAttribute("product", storefront.product(slug, destination, BuyerType.CONSUMER, locale));
        model.addAttribute("country", destination.map(CountryCode::value).orElse(null));
        return "board";
    }

    /** The visitor's country: {@code ?country=}, else the region of their preferred languages. */
    private static Optional<CountryCode> visitorCountry(String country, HttpServletRequest request) {
        if (country != null) {
            String upper = country.strip().toUpperCase(Locale.ROOT);
            return CountryCode.isValid(upper) ? Optional.of(CountryCode.of(upper)) : Optional.empty();
        }
        return Collections.list(request.getLocales()).stream()
                .map(Locale::getCountry)
                .filter(CountryCode::isValid)
                .findFirst()
                .map(CountryCode::of);
    }
}
