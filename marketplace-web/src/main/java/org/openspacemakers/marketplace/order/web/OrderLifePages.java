package org.openspacemakers.marketplace.order.web;

import static org.openspacemakers.marketplace.order.web.OrderViewers.actor;
import static org.openspacemakers.marketplace.order.web.OrderViewers.visible;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderRefused;
import org.openspacemakers.marketplace.order.OrderStatus;
import org.openspacemakers.marketplace.order.OrderStep;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.payment.CardProcessorFailed;
import org.openspacemakers.marketplace.payment.Payments;
import org.springframework.context.MessageSource;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moves of an order's life from its pages: the buyer cancels or withdraws; an administrator
 * confirms a bank transfer, holds, releases, refunds or cancels, and sees every order. Each move
 * comes back to the order's page, saying what changed or, in words, why nothing did.
 */
@Controller
class OrderLifePages {

    /** The most orders the administrator's list shows at once. */
    private static final int LIST_SIZE = 200;

    private final Orders orders;
    private final RefusalMessages explanations;
    private final Payments payments;
    private final MessageSource messages;

    OrderLifePages(Orders orders, RefusalMessages explanations, Payments payments, MessageSource messages) {
        this.orders = orders;
        this.explanations = explanations;
        this.payments = payments;
        this.messages = messages;
    }

    @GetMapping("/admin/orders")
    String all(@RequestParam(required = false) String status, Model model) {
        Optional<OrderStatus> wanted = java.util.Arrays.stream(OrderStatus.values())
                .filter(known -> known.name().equals(status)).findFirst();
        model.addAttribute("orders", orders.all(wanted, LIST_SIZE));
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("status", wanted.orElse(null));
        return "admin-orders";
    }

    @PostMapping("/orders/{orderId}/cancel")
    String cancel(@PathVariable UUID orderId, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInUser user, Locale locale, RedirectAttributes redirect) {
        return move(orderId, user, locale, redirect, "order.cancelled",
                () -> {
                    Order cancelled = orders.cancel(visible(orders, orderId, user), bounded(reason), actor(user));
                    payments.cancelled(cancelled);
                    return cancelled;
                });
    }

    @PostMapping("/orders/{orderId}/withdrawal")
    String withdraw(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser user, Locale locale,
            RedirectAttributes redirect) {
        return move(orderId, user, locale, redirect, "order.withdrawn",
                () -> orders.withdraw(visible(orders, orderId, user), actor(user)));
    }

    @PostMapping("/orders/{orderId}/bank-transfer/confirm")
    String confirm(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser user, Locale locale,
            RedirectAttributes redirect) {
        return move(orderId, user, locale, redirect, "order.transferConfirmed",
                () -> orders.confirmBankTransfer(visible(orders, orderId, user), actor(user)));
    }

    @PostMapping("/orders/{orderId}/hold")
    String hold(@PathVariable UUID orderId, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInUser user, Locale locale, RedirectAttributes redirect) {
        return move(orderId, user, locale, redirect, "order.held", () -> {
            if (reason.isBlank()) {
                throw new InvalidInput("reason", "invalid.required");
            }
            return orders.hold(visible(orders, orderId, user), bounded(reason), actor(user));
        });
    }

    @PostMapping("/orders/{orderId}/release")
    String release(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser user, Locale locale,
            RedirectAttributes redirect) {
        return move(orderId, user, locale, redirect, "order.released",
                () -> orders.release(visible(orders, orderId, user), actor(user)));
    }

    @PostMapping("/orders/{orderId}/refund")
    String refund(@PathVariable UUID orderId, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String refundKey,
            @AuthenticationPrincipal SignedInUser user, Locale locale, RedirectAttributes redirect) {
        return move(orderId, user, locale, redirect, "order.refunded", () -> {
            Order order = orders.findForViewer(orderId, user.id(), user.hasRole(Role.ADMIN)).orElseThrow(NotFound::new);
            if (reason.isBlank()) {
                throw new InvalidInput("reason", "invalid.required");
            }
            // The form's key, made when the page was shown: the same form sent twice refunds once.
            return payments.refund(order.id(), euros(amount, order.total().currency()), bounded(reason),
                    refundKey.isBlank() ? null : refundKey, actor(user));
        });
    }

    /** Makes the move and comes back to the order's page with what happened; a refusal says why, in words. */
    private String move(UUID orderId, SignedInUser user, Locale locale, RedirectAttributes redirect, String done,
            Supplier<Order> move) {
        try {
            Order order = move.get();
            redirect.addFlashAttribute("notice", order.status() == OrderStatus.ON_HOLD && !"order.held".equals(done)
                    ? "order.heldInstead" : done);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        } catch (Conflict e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        } catch (OrderRefused e) {
            redirect.addFlashAttribute("problems", explanations.explain(e.reasons(), locale).stream()
                    .map(RefusalMessages.Reason::message).toList());
        } catch (CardProcessorFailed e) {
            redirect.addFlashAttribute("problems", List.of(messages.getMessage("payment.refundUnavailable", null, locale)));
        }
        return "redirect:/orders/" + orderId + "?lang=" + locale.getLanguage();
    }

    /** An amount typed in euros ({@code 12.50} or {@code 12,50}), as minor units; anything else names the field. */
    private static Money euros(String typed, Currency currency) {
        try {
            BigDecimal amount = new BigDecimal(typed.strip().replace(',', '.'));
            if (amount.scale() > 2 || amount.signum() <= 0) {
                throw new InvalidInput("amount", "invalid.euros");
            }
            return new Money(amount.movePointRight(2).longValueExact(), currency);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInput("amount", "invalid.euros");
        }
    }

    private static String bounded(String reason) {
        String text = reason.strip();
        return text.length() > OrderStep.MAX_NOTE_LENGTH ? text.substring(0, OrderStep.MAX_NOTE_LENGTH) : text;
    }


}
