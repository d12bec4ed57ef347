package org.openspacemakers.marketplace.catalog.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.system.Association;
import org.openspacemakers.marketplace.system.CountryNames;
import org.springframework.stereotype.Component;

/**
 * The model of the product page's template ({@code board.html}), for a page as buyers see it and
 * for its team's preview alike: one place says what the page shows.
 */
@Component
class ProductPageModel {

    private final Storefront storefront;
    private final ProductCompliance productCompliance;
    private final Association association;

    ProductPageModel(Storefront storefront, ProductCompliance productCompliance, Association association) {
        this.storefront = storefront;
        this.productCompliance = productCompliance;
        this.association = association;
    }

    /**
     * Puts into the model the page shown, for a visitor of this country (if they chose one) in this
     * language: whether each offer may go there and why not, the conformity statements in words, the
     * seller, the numbers the destination asks for, the country selector, what the board's sales brought so far. A preview also says so
     * ({@code preview}), and the page then takes no order.
     */
    void fill(Map<String, Object> model, Storefront.Shown shown, Optional<CountryCode> destination, Locale locale) {
        Storefront.Product product = storefront.product(shown, destination, Optional.empty(), locale);
        model.put("product", product);
        model.put("preview", product.page().preview());
        model.put("conformity", productCompliance.of(product.page(), destination, locale).orElse(null));
        model.put("association", association);
        model.put("frenchIdu", product.page().frenchEquipmentIdu().orElse(null));
        model.put("weeeNumber", destination.map(c -> product.page().weeeNumbersOnOffers().get(c.value())).orElse(null));
        model.put("country", destination.map(CountryCode::value).orElse(null));
        model.put("countryName", destination.map(c -> CountryNames.name(c, locale)).orElse(null));
        model.put("countries", CountryNames.in(locale));
        model.put("keptCountry", destination.map(CountryCode::value).orElse(null));
        model.put("sales", shown.sales());
    }
}
