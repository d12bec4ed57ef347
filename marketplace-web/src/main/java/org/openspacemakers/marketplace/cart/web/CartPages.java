package org.openspacemakers.marketplace.cart.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.cart.Cart;
import org.openspacemakers.marketplace.cart.Carts;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.OfferDetails;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.BindingMessages;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in buyer's cart. A product page adds to it by a form posted with the page's CSRF
 * token; an anonymous visitor's product page (kept rendered, without a session) has a plain link
 * form to {@code /cart?add=}, which sign-in guards and comes back to, where the buyer confirms
 * the addition. A refused change names its field (400) and changes nothing.
 */
@Controller
class CartPages {

    private final Carts carts;
    private final BoardQueries catalog;
    private final BindingMessages bindingMessages;
    private final RefusalMessages explanations;

    CartPages(Carts carts, BoardQueries catalog, BindingMessages bindingMessages, RefusalMessages explanations) {
        this.carts = carts;
        this.catalog = catalog;
        this.bindingMessages = bindingMessages;
        this.explanations = explanations;
    }

    /** An offer to put in the cart and how many. */
    record AddForm(@NotNull UUID offer, @NotNull @Min(1) @Max(Carts.MAX_QUANTITY) Integer quantity) {
    }

    /** A new quantity for a line of the cart. */
    record QuantityForm(@NotNull @Min(1) @Max(Carts.MAX_QUANTITY) Integer quantity) {
    }

    /** A line of the cart as the page shows it. */
    public record CartLine(OfferDetails offer, int quantity, Money lineTotal) {
    }

    /** The cart; with {@code add}, an offer to confirm adding (what an anonymous product page links to). */
    @GetMapping("/cart")
    ModelAndView cart(@RequestParam(required = false) UUID add, @RequestParam(required = false) String quantity,
            @AuthenticationPrincipal SignedInUser buyer, Model model) {
        if (add != null) {
            model.addAttribute("pending", catalog.offer(add).orElseThrow(NotFound::new));
            model.addAttribute("pendingQuantity", quantity(quantity));
        }
        return page(buyer, model, HttpStatus.OK);
    }

    @PostMapping("/cart")
    ModelAndView add(@Valid @ModelAttribute AddForm form, BindingResult binding, @AuthenticationPrincipal SignedInUser buyer,
            Locale locale, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("problems", bindingMessages.lines(binding, locale));
            return page(buyer, model, HttpStatus.BAD_REQUEST);
        }
        try {
            carts.add(buyer.id(), form.offer(), form.quantity());
        } catch (InvalidInput e) {
            model.addAttribute("problems", explanations.lines(e, locale));
            return page(buyer, model, HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("notice", "cart.added");
        return back(locale);
    }

    @PostMapping("/cart/{offerId}")
    ModelAndView change(@PathVariable UUID offerId, @Valid @ModelAttribute QuantityForm form, BindingResult binding,
            @AuthenticationPrincipal SignedInUser buyer, Locale locale, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("problems", bindingMessages.lines(binding, locale));
            return page(buyer, model, HttpStatus.BAD_REQUEST);
        }
        try {
            carts.change(buyer.id(), offerId, form.quantity());
        } catch (InvalidInput e) {
            model.addAttribute("problems", explanations.lines(e, locale));
            return page(buyer, model, HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("notice", "cart.changed");
        return back(locale);
    }

    @PostMapping("/cart/{offerId}/remove")
    ModelAndView remove(@PathVariable UUID offerId, @AuthenticationPrincipal SignedInUser buyer, Locale locale,
            RedirectAttributes redirect) {
        carts.remove(buyer.id(), offerId);
        redirect.addFlashAttribute("notice", "cart.removed");
        return back(locale);
    }

    private ModelAndView page(SignedInUser buyer, Model model, HttpStatus status) {
        Cart cart = carts.of(buyer.id());
        List<CartLine> lines = new ArrayList<>();
        Money subtotal = Money.euros(0);
        for (Cart.Line line : cart.lines()) {
            // Offers are never deleted (the database refuses to while a cart names one).
            OfferDetails offer = catalog.offer(line.offerId()).orElseThrow();
            Money lineTotal = offer.offer().price().times(line.quantity());
            lines.add(new CartLine(offer, line.quantity(), lineTotal));
            subtotal = subtotal.plus(lineTotal);
        }
        model.addAttribute("lines", lines);
        model.addAttribute("subtotal", subtotal);
        return new ModelAndView("cart", model.asMap(), status);
    }

    private static ModelAndView back(Locale locale) {
        return new ModelAndView("redirect:/cart?lang=" + locale.getLanguage());
    }

    /** The quantity a link asks for, when it is one a cart line takes; else 1. */
    private static int quantity(String asked) {
        try {
            int quantity = Integer.parseInt(asked == null ? "1" : asked.strip());
            return quantity >= 1 && quantity <= Carts.MAX_QUANTITY ? quantity : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
