package org.openspacemakers.marketplace.compliance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openspacemakers.marketplace.compliance.ProducerKind;
import org.openspacemakers.marketplace.compliance.Register;
import org.openspacemakers.marketplace.compliance.RegisterProducer;
import org.openspacemakers.marketplace.compliance.RegisterWeee;
import org.openspacemakers.marketplace.compliance.WeeeCategory;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.system.BindingMessages;
import org.openspacemakers.marketplace.system.CountryNames;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the producer register from a page: WEEE per country (categories and scope),
 * batteries, French IDUs, Germany's LUCID number.
 * A date or kind the form cannot read is named as such; the register checks the rest of each entry.
 * A refusal says every field at fault and stores nothing.
 */
@Controller
class RegisterPages {

    private final Register register;
    private final RefusalMessages explanations;
    private final BindingMessages bindingMessages;
    private final MessageSource messages;
    private final String homeCountry;

    RegisterPages(Register register, RefusalMessages explanations, BindingMessages bindingMessages, MessageSource messages,
            @Value("${marketplace.compliance.home-country:FR}") String homeCountry) {
        this.register = register;
        this.explanations = explanations;
        this.bindingMessages = bindingMessages;
        this.messages = messages;
        this.homeCountry = homeCountry;
    }

    /** The WEEE form as typed: the categories ticked by number, the household and professional scopes ticked. */
    record WeeeForm(String country, String registrationNumber, String holder,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil, String authorisedRepresentative,
            String mandateReference, String complianceScheme, List<Integer> categories, Boolean household,
            Boolean professional) {
    }

    /** The battery / national registration form as typed. */
    record ProducerForm(ProducerKind kind, String country, String registrationNumber, String holder,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil, String authorisedRepresentative,
            String mandateReference) {
    }

    /** The register's entries, and its forms with the member states to choose, by name. */
    @GetMapping("/admin/register")
    String register(Locale locale, Model model) {
        model.addAttribute("countries", CountryNames.in(locale));
        model.addAttribute("weee", register.weee());
        model.addAttribute("producers", register.producers());
        model.addAttribute("kinds", ProducerKind.values());
        model.addAttribute("categories", WeeeCategory.values());
        return "admin-register";
    }

    @PostMapping("/admin/register/weee")
    String weee(@ModelAttribute WeeeForm form, BindingResult binding, Locale locale, RedirectAttributes redirect) {
        warnIfUnrepresented(form.country(), form.authorisedRepresentative(), binding, locale, redirect);
        return record(binding, locale, redirect, () -> register.record(new RegisterWeee(form.country(),
                form.registrationNumber(), form.holder(), form.validUntil(), form.authorisedRepresentative(),
                form.mandateReference(), form.complianceScheme(), WeeeCategory.numbered(form.categories()),
                Boolean.TRUE.equals(form.household()), Boolean.TRUE.equals(form.professional()))));
    }

    @PostMapping("/admin/register/producer")
    String producer(@ModelAttribute ProducerForm form, BindingResult binding, Locale locale, RedirectAttributes redirect) {
        warnIfUnrepresented(form.country(), form.authorisedRepresentative(), binding, locale, redirect);
        return record(binding, locale, redirect, () -> register.record(new RegisterProducer(form.kind(), form.country(),
                form.registrationNumber(), form.holder(), form.validUntil(), form.authorisedRepresentative(),
                form.mandateReference())));
    }

    /**
     * A registration in another member state than the association's own, without an authorised
     * representative there, is kept, but sales there stay refused (WEEE Directive art. 17; the
     * gate's NO_REPRESENTATIVE): the page says so beside "saved".
     */
    private void warnIfUnrepresented(String country, String representative, BindingResult binding, Locale locale,
            RedirectAttributes redirect) {
        String typed = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!binding.hasErrors() && typed.length() == 2 && !typed.equals(homeCountry)
                && (representative == null || representative.isBlank())) {
            String name = CountryNames.name(typed, locale);
            redirect.addFlashAttribute("warning", messages.getMessage("register.unrepresented", new Object[] {name}, locale));
        }
    }

    /** Records the entry unless its form could not be read; either refusal becomes a message on the register's page. */
    private String record(BindingResult binding, Locale locale, RedirectAttributes redirect, Runnable entry) {
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("problems", bindingMessages.lines(binding, locale));
        } else {
            try {
                entry.run();
                redirect.addFlashAttribute("notice", "admin.saved");
            } catch (InvalidInput e) {
                redirect.addFlashAttribute("problems", explanations.lines(e, locale));
                redirect.getFlashAttributes().remove("warning");
            }
        }
        return "redirect:/admin/register?lang=" + locale.getLanguage();
    }
}
