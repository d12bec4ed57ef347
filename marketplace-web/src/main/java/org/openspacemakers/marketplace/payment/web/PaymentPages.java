package org.openspacemakers.marketplace.payment.web;

import java.time.Clock;
import java.util.Locale;
import org.openspacemakers.marketplace.payment.CardProcessorFailed;
import org.openspacemakers.marketplace.payment.PaymentReconciliation;
import org.openspacemakers.marketplace.payment.Payments;
import org.openspacemakers.marketplace.payment.StripeEvents;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' payments page, for the treasurer: the last comparison of the store's card
 * payments with Stripe's and what differed, Stripe's events not applied yet, and the card payments
 * of the last weeks with Stripe's fees. "Compare now" runs the nightly comparison at once.
 */
@Controller
class PaymentPages {

    /** The most events not applied the page lists. */
    private static final int EVENTS_SHOWN = 100;

    private final PaymentReconciliation reconciliation;
    private final StripeEvents events;
    private final Payments payments;
    private final Clock clock;

    PaymentPages(PaymentReconciliation reconciliation, StripeEvents events, Payments payments, Clock clock) {
        this.reconciliation = reconciliation;
        this.events = events;
        this.payments = payments;
        this.clock = clock;
    }

    @GetMapping("/admin/payments")
    String payments(Model model) {
        model.addAttribute("enabled", reconciliation.enabled());
        model.addAttribute("run", reconciliation.latest().orElse(null));
        model.addAttribute("events", events.notApplied(EVENTS_SHOWN));
        model.addAttribute("payments", payments.cardPaymentsSince(clock.instant().minus(PaymentReconciliation.WINDOW)));
        return "admin-payments";
    }

    @PostMapping("/admin/payments/reconcile")
    String reconcile(Locale locale, RedirectAttributes redirect) {
        try {
            reconciliation.run();
            redirect.addFlashAttribute("notice", "admin.payments.reconciled");
        } catch (CardProcessorFailed e) {
            // A run that could not reach Stripe is kept as FAILED, and shown.
        }
        return "redirect:/admin/payments?lang=" + locale.getLanguage();
    }
}
