package org.openspacemakers.marketplace.payment.web;

import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.payment.CardCheckout;
import org.openspacemakers.marketplace.payment.CardCheckouts;
import org.openspacemakers.marketplace.payment.CardProcessorFailed;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The buyer's way to Stripe's checkout page for a card order: the session open still, or a new one
 * once the last ran out; then a redirect (303) to Stripe. Coming back, the order's page says the
 * payment is being confirmed until Stripe's webhook tells the store.
 */
@Controller
public class CardCheckoutPages {

    private static final Logger log = LoggerFactory.getLogger(CardCheckoutPages.class);

    private final Orders orders;
    private final CardCheckouts checkouts;
    private final Accounts accounts;
    private final String publicUrl;
    private final MessageSource messages;

    CardCheckoutPages(Orders orders, CardCheckouts checkouts, Accounts accounts,
            @Value("${marketplace.mail.public-url:}") String publicUrl, MessageSource messages) {
        this.messages = messages;
        this.orders = orders;
        this.checkouts = checkouts;
        this.accounts = accounts;
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    @PostMapping("/orders/{orderId}/card-checkout")
    String payByCard(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser buyer, Locale locale,
            RedirectAttributes redirect) {
        Order order = orders.findForViewer(orderId, buyer.id(), false).filter(mine -> mine.buyerId().equals(buyer.id()))
                .orElseThrow(NotFound::new);
        try {
            return "redirect:" + open(order, buyer.getUsername(), locale).url();
        } catch (CardProcessorFailed e) {
            log.warn("A buyer's card checkout could not be opened: {}", e.getMessage());
            redirect.addFlashAttribute("problems", java.util.List.of(messages.getMessage("payment.cardUnavailable", null, locale)));
            return "redirect:/orders/" + orderId + "?lang=" + locale.getLanguage();
        }
    }

    /**
     * Opens (or finds) the order's session, Stripe sending the buyer back to the order's page:
     * {@code checkout=paid} after paying, {@code checkout=cancelled} when they leave unpaid.
     */
    public CardCheckout open(Order order, String email, Locale locale) {
        String base = (publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : publicUrl)
                + "/orders/" + order.id() + "?lang=" + locale.getLanguage() + "&checkout=";
        String to = accounts.byId(order.buyerId()).map(User::email).orElse(email);
        return checkouts.open(order, to, new CardCheckouts.ReturnTo(base + "paid", base + "cancelled"));
    }
}
