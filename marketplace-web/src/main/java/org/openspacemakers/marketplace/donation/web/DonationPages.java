package org.openspacemakers.marketplace.donation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.donation.Donation;
import org.openspacemakers.marketplace.donation.DonationTransitionRefused;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.invoice.DocumentFile;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.payment.BankAccount;
import org.openspacemakers.marketplace.payment.CardProcessorFailed;
import org.openspacemakers.marketplace.payment.DonationCheckouts;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.openspacemakers.marketplace.system.StoreAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The donor's pages, for anyone, signed in or not: the donation page (an amount offered or typed,
 * none chosen beforehand, the donor's details, and, when card payments are on, bank transfer or
 * card), then the donation's own page, reached by the link only its donor was given, with the bank
 * transfer to make or the card payment to finish (a donor choosing card is sent straight on to
 * Stripe's page) and, once the money arrived, the receipt. A signed-in donor also finds their donations and receipts under their account. Any other
 * link, or another person's donation, is not found.
 */
@Controller
class DonationPages {

    private static final Logger log = LoggerFactory.getLogger(DonationPages.class);

    private final Donations donations;
    private final DonationCheckouts checkouts;
    private final Accounts accounts;
    private final BankAccount account;
    private final StoreAddress store;
    private final MessageSource messages;
    private final RefusalMessages explanations;
    private final Clock clock;

    DonationPages(Donations donations, DonationCheckouts checkouts, Accounts accounts, BankAccount account, StoreAddress store,
            MessageSource messages, RefusalMessages explanations, Clock clock) {
        this.donations = donations;
        this.checkouts = checkouts;
        this.accounts = accounts;
        this.account = account;
        this.store = store;
        this.messages = messages;
        this.explanations = explanations;
        this.clock = clock;
    }

    @GetMapping("/donate")
    String form(@AuthenticationPrincipal SignedInUser donor, Model model) {
        DonationForm form = new DonationForm();
        if (donor != null) {
            accounts.byId(donor.id()).ifPresent(user -> {
                form.setName(user.displayName());
                form.setEmail(user.email());
            });
        }
        return show(form, model);
    }

    @PostMapping("/donate")
    String give(@ModelAttribute("form") DonationForm form, BindingResult errors, @AuthenticationPrincipal SignedInUser donor,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (form.method() == PaymentMethod.CARD && !checkouts.enabled()) {
                throw new InvalidInput("paymentMethod", "invalid.cardPaymentsOff");
            }
            Donations.Pledged pledged = donations.pledge(form.toPledge(donor == null ? null : donor.id(), locale), form.method());
            if (form.method() == PaymentMethod.CARD) {
                // Straight on to Stripe's page; should Stripe not answer, the donation's page offers to try again.
                return payByCard(pledged.donation(), pledged.token(), locale, redirect);
            }
            return "redirect:/donations/" + pledged.token() + "?lang=" + locale.getLanguage();
        } catch (InvalidInput e) {
            e.problems().forEach(problem -> errors.rejectValue(problem.field(), problem.key(),
                    problem.arguments().toArray(), problem.key()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(form, model);
        }
    }

    private String show(DonationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("settings", donations.settings());
        model.addAttribute("cardPayments", checkouts.enabled());
        return "donate";
    }

    /** The donor pays their card donation again: the session still open, or a new one if the last ran out. */
    @PostMapping("/donations/{token}/card-checkout")
    String cardCheckout(@PathVariable String token, Locale locale, RedirectAttributes redirect) {
        Donation donation = donations.byToken(token).orElseThrow(NotFound::new);
        try {
            return payByCard(donation, token, locale, redirect);
        } catch (DonationTransitionRefused e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
            return "redirect:/donations/" + token + "?lang=" + locale.getLanguage();
        }
    }

    private String payByCard(Donation donation, String token, Locale locale, RedirectAttributes redirect) {
        try {
            return "redirect:" + checkouts.open(donation, token, store.base());
        } catch (CardProcessorFailed e) {
            log.warn("A card donation's checkout could not be opened: {}", e.getMessage());
            redirect.addFlashAttribute("problems", List.of(messages.getMessage("donation.cardUnavailable", null, locale)));
            return "redirect:/donations/" + token + "?lang=" + locale.getLanguage();
        }
    }

    @GetMapping("/donations/{token}")
    String donation(@PathVariable String token, Model model) {
        Donation donation = donations.byToken(token).orElseThrow(NotFound::new);
        model.addAttribute("donation", donation);
        model.addAttribute("token", token);
        model.addAttribute("account", account);
        model.addAttribute("checkoutOpen", donation.checkoutPayableAt(clock.instant()).isPresent());
        return "donation";
    }

    @GetMapping("/donations/{token}/receipt")
    ResponseEntity<byte[]> receipt(@PathVariable String token) {
        return donations.receipt(token).map(DonationPages::download).orElseThrow(NotFound::new);
    }

    @GetMapping("/account/donations")
    String mine(@AuthenticationPrincipal SignedInUser donor, Model model) {
        model.addAttribute("donations", donations.givenBy(donor.id()));
        return "donations";
    }

    @GetMapping({"/account/donations/{donationId}/receipt", "/admin/donations/{donationId}/receipt"})
    ResponseEntity<byte[]> receipt(@PathVariable UUID donationId, @AuthenticationPrincipal SignedInUser viewer) {
        return donations.receipt(donationId, viewer.id(), viewer.hasRole(Role.ADMIN))
                .map(DonationPages::download).orElseThrow(NotFound::new);
    }

    /** A receipt leaves the store as invoices do: a PDF download, never sniffed, never cached. */
    static ResponseEntity<byte[]> download(DocumentFile document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(document.content());
    }
}
