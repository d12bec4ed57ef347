package org.openspacemakers.marketplace.payment.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.payment.CardCheckouts;
import org.openspacemakers.marketplace.payment.CardProcessorFailed;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.openspacemakers.marketplace.system.StoreAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buyer's way to Stripe's checkout page for a card order, from the order's page: the session
 * open still, or a new one once the last ran out; then a redirect to Stripe. Coming back, the
 * order's page says the payment is being confirmed until Stripe's webhook tells the store.
 */
@Controller
class CardCheckoutPages {

    private static final Logger log = LoggerFactory.getLogger(CardCheckoutPages.class);

    private final Orders orders;
    private final CardCheckouts checkouts;
    private final StoreAddress store;
    private final MessageSource messages;

    CardCheckoutPages(Orders orders, CardCheckouts checkouts, StoreAddress store, MessageSource messages) {
        this.orders = orders;
        this.checkouts = checkouts;
        this.store = store;
        this.messages = messages;
    }

    @PostMapping("/orders/{orderId}/card-checkout")
    String payByCard(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser buyer, Locale locale,
            RedirectAttributes redirect) {
        Order order = orders.findForViewer(orderId, buyer.id(), false).filter(mine -> mine.buyerId().equals(buyer.id()))
                .orElseThrow(NotFound::new);
        try {
            return "redirect:" + checkouts.open(order, store.base()).url();
        } catch (CardProcessorFailed e) {
            log.warn("A buyer's card checkout could not be opened: {}", e.getMessage());
            redirect.addFlashAttribute("problems", List.of(messages.getMessage("payment.cardUnavailable", null, locale)));
            return "redirect:/orders/" + orderId + "?lang=" + locale.getLanguage();
        }
    }
}
