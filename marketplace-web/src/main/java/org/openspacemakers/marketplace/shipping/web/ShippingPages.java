package org.openspacemakers.marketplace.shipping.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.shipping.ShippingMethod;
import org.openspacemakers.marketplace.shipping.ShippingRates;
import org.openspacemakers.marketplace.system.BindingMessages;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the shipping zones (the countries shipped to at the same prices) and each
 * zone's price per method, typed in euros as offers' prices are. A refusal names every field at
 * fault and changes nothing.
 */
@Controller
class ShippingPages {

    private final ShippingRates rates;
    private final RefusalMessages explanations;
    private final BindingMessages bindingMessages;

    ShippingPages(ShippingRates rates, RefusalMessages explanations, BindingMessages bindingMessages) {
        this.rates = rates;
        this.explanations = explanations;
        this.bindingMessages = bindingMessages;
    }

    /** A zone as typed: its code, its name, its countries' codes separated by commas or spaces. */
    record ZoneForm(String code, String name, String countries) {

        List<String> countryCodes() {
            return countries == null ? List.of()
                    : Arrays.stream(countries.split("[,;\\s]+")).filter(country -> !country.isBlank()).toList();
        }
    }

    /** A zone's price for a method, in euros as people type them ({@code 6.90}, {@code 6,9}). */
    record RateForm(String zone, ShippingMethod method, Money amount) {
    }

    @GetMapping("/admin/shipping")
    String shipping(Model model) {
        model.addAttribute("zones", rates.zones());
        model.addAttribute("methods", ShippingMethod.values());
        return "admin-shipping";
    }

    @PostMapping("/admin/shipping/zones")
    String saveZone(@ModelAttribute ZoneForm form, BindingResult binding, Locale locale, RedirectAttributes redirect) {
        return change(binding, locale, redirect, () -> rates.saveZone(form.code(), form.name(), form.countryCodes()));
    }

    @PostMapping("/admin/shipping/zones/{zone}/delete")
    String deleteZone(@PathVariable String zone, Locale locale, RedirectAttributes redirect) {
        return change(null, locale, redirect, () -> rates.deleteZone(zone));
    }

    @PostMapping("/admin/shipping/rates")
    String price(@ModelAttribute RateForm form, BindingResult binding, Locale locale, RedirectAttributes redirect) {
        return change(binding, locale, redirect, () -> rates.price(form.zone(), form.method(), form.amount()));
    }

    @PostMapping("/admin/shipping/zones/{zone}/rates/{method}/remove")
    String stopPricing(@PathVariable String zone, @PathVariable ShippingMethod method, Locale locale,
            RedirectAttributes redirect) {
        return change(null, locale, redirect, () -> rates.stopPricing(zone, method));
    }

    /** Makes the change unless its form could not be read; either refusal becomes a message on the page. */
    private String change(BindingResult binding, Locale locale, RedirectAttributes redirect, Runnable change) {
        if (binding != null && binding.hasErrors()) {
            redirect.addFlashAttribute("problems", bindingMessages.lines(binding, locale));
        } else {
            try {
                change.run();
                redirect.addFlashAttribute("notice", "admin.saved");
            } catch (InvalidInput e) {
                redirect.addFlashAttribute("problems", explanations.lines(e, locale));
            }
        }
        return "redirect:/admin/shipping?lang=" + locale.getLanguage();
    }
}
