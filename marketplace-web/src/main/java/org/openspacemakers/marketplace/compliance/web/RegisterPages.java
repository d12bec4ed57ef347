package org.openspacemakers.marketplace.compliance.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistration;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the producer register from a page: WEEE per country, batteries, French IDUs. */
@Controller
class RegisterPages {

    private final Compliance compliance;

    RegisterPages(Compliance compliance) {
        this.compliance = compliance;
    }

    @GetMapping("/admin/register")
    String register(Model model) {
        model.addAttribute("weee", compliance.weeeRegister());
        model.addAttribute("producers", compliance.producerRegister());
        model.addAttribute("kinds", ProducerRegistration.Kind.values());
        return "admin-register";
    }

    @PostMapping("/admin/register/weee")
    String weee(@RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        try {
            String country = form.getOrDefault("country", "").strip().toUpperCase(Locale.ROOT);
            if (!CountryCode.isValid(country)) {
                throw new IllegalArgumentException("country: not an ISO 3166-1 alpha-2 code");
            }
            compliance.registerWeee(new WeeeRegistration(CountryCode.of(country), form.get("registrationNumber"),
                    form.get("holder"), date(form.get("validUntil")))
                    .representedBy(form.get("authorisedRepresentative"), form.get("mandateReference"),
                            form.get("complianceScheme")));
            redirect.addFlashAttribute("notice", "admin.saved");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problems", List.of(e.getMessage()));
        }
        return "redirect:/admin/register?lang=" + locale.getLanguage();
    }

    @PostMapping("/admin/register/producer")
    String producer(@RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        try {
            String country = form.getOrDefault("country", "").strip().toUpperCase(Locale.ROOT);
            if (!CountryCode.isValid(country)) {
                throw new IllegalArgumentException("country: not an ISO 3166-1 alpha-2 code");
            }
            compliance.registerProducer(new ProducerRegistration(ProducerRegistration.Kind.valueOf(form.get("kind")),
                    CountryCode.of(country), form.get("registrationNumber"), form.get("holder"),
                    date(form.get("validUntil"))));
            redirect.addFlashAttribute("notice", "admin.saved");
        } catch (IllegalArgumentException | NullPointerException e) {
            redirect.addFlashAttribute("problems", List.of(e.getMessage() == null ? "kind: required" : e.getMessage()));
        }
        return "redirect:/admin/register?lang=" + locale.getLanguage();
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("validUntil: a date such as 2027-12-31");
        }
    }
}
