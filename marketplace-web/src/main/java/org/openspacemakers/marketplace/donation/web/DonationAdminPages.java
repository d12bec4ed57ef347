package org.openspacemakers.marketplace.donation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.invoice.Numbering;
import org.openspacemakers.marketplace.payment.DonationCheckouts;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.openspacemakers.marketplace.refusal.InvalidInput;
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
 * The administrators' donations page, for the treasurer: the donations, newest first, each awaiting
 * its money confirmed when the transfer shows on the statement (which issues and mails its receipt)
 * or called off (a card donation's session still open is then ended at Stripe); and this year's
 * donations received month by month.
 */
@Controller
class DonationAdminPages {

    private final Donations donations;
    private final DonationCheckouts checkouts;
    private final RefusalMessages explanations;
    private final Clock clock;

    DonationAdminPages(Donations donations, DonationCheckouts checkouts, RefusalMessages explanations, Clock clock) {
        this.donations = donations;
        this.checkouts = checkouts;
        this.explanations = explanations;
        this.clock = clock;
    }

    @GetMapping("/admin/donations")
    String list(Model model) {
        LocalDate today = clock.instant().atZone(Numbering.ZONE).toLocalDate();
        model.addAttribute("donations", donations.latest());
        model.addAttribute("today", today);
        model.addAttribute("year", today.getYear());
        model.addAttribute("months", donations.receivedIn(Year.of(today.getYear())));
        model.addAttribute("settings", donations.settings());
        return "admin-donations";
    }

    @PostMapping("/admin/donations/{donationId}/received")
    String received(@PathVariable UUID donationId, @RequestParam(defaultValue = "") String receivedOn,
            @AuthenticationPrincipal SignedInUser admin, Locale locale, RedirectAttributes redirect) {
        try {
            LocalDate day;
            try {
                day = receivedOn.isBlank() ? null : LocalDate.parse(receivedOn.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInput("receivedOn", "invalid.donation.receivedOn");
            }
            String number = donations.receive(donationId, day, admin.id()).receiptNumber().orElseThrow();
            redirect.addFlashAttribute("notice", "donation.admin.receivedNotice");
            redirect.addFlashAttribute("issued", number);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        } catch (Conflict e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        }
        return "redirect:/admin/donations?lang=" + locale.getLanguage();
    }

    @PostMapping("/admin/donations/{donationId}/cancel")
    String cancel(@PathVariable UUID donationId, Locale locale, RedirectAttributes redirect) {
        try {
            checkouts.closeFor(donations.cancel(donationId));
            redirect.addFlashAttribute("notice", "donation.admin.cancelledNotice");
        } catch (Conflict e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        }
        return "redirect:/admin/donations?lang=" + locale.getLanguage();
    }
}
