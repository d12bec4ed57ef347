package org.openspacemakers.marketplace.catalog.web;

import java.util.Locale;
import java.util.Optional;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A board's product page as its team sees it before buyers do: the buyers' template and model,
 * drafts included, under a banner that says whether buyers can see it, and taking no order. Built
 * at each request and never kept (neither the page nor its HTML). Another team's board, or none,
 * answers the not-found page.
 */
@Controller
class ListingPreview {

    private final Storefront storefront;
    private final ProductPageModel productModel;

    ListingPreview(Storefront storefront, ProductPageModel productModel) {
        this.storefront = storefront;
        this.productModel = productModel;
    }

    @GetMapping("/listings/{slug}/preview")
    String preview(@PathVariable String slug, @RequestParam(required = false) String country,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model) {
        Optional<CountryCode> destination = StorefrontPages.chosenCountry(country);
        productModel.fill(model.asMap(), storefront.preview(maker.id(), slug), destination, locale);
        return "board";
    }
}
