package org.openspacemakers.marketplace.account.web;

import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.account.AddressBook;
import org.openspacemakers.marketplace.account.AddressFields;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The profile's address book: a person adds, changes and deletes the shipping addresses checkout
 * offers them. Another person's address is not found; a refused address names its fields.
 */
@Controller
class AddressBookPages {

    private final AddressBook addresses;
    private final RefusalMessages explanations;

    AddressBookPages(AddressBook addresses, RefusalMessages explanations) {
        this.addresses = addresses;
        this.explanations = explanations;
    }

    @PostMapping("/account/addresses")
    String add(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String line1,
            @RequestParam(defaultValue = "") String line2, @RequestParam(defaultValue = "") String postalCode,
            @RequestParam(defaultValue = "") String city, @RequestParam(defaultValue = "") String country,
            @AuthenticationPrincipal SignedInUser user, Locale locale, RedirectAttributes redirect) {
        try {
            addresses.add(user.id(), new AddressFields(name, line1, line2, postalCode, city, country));
            redirect.addFlashAttribute("notice", "account.address.saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        }
        return back(locale);
    }

    @PostMapping("/account/addresses/{addressId}")
    String change(@PathVariable UUID addressId, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String line1, @RequestParam(defaultValue = "") String line2,
            @RequestParam(defaultValue = "") String postalCode, @RequestParam(defaultValue = "") String city,
            @RequestParam(defaultValue = "") String country, @AuthenticationPrincipal SignedInUser user, Locale locale,
            RedirectAttributes redirect) {
        try {
            AddressFields fields = new AddressFields(name, line1, line2, postalCode, city, country);
            addresses.change(user.id(), addressId, fields);
            redirect.addFlashAttribute("notice", "account.address.saved");
        } catch (InvalidInput e) {
            // another person's address is not found before its fields are looked at
            addresses.find(user.id(), addressId).orElseThrow(org.openspacemakers.marketplace.refusal.NotFound::new);
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        }
        return back(locale);
    }

    @PostMapping("/account/addresses/{addressId}/delete")
    String remove(@PathVariable UUID addressId, @AuthenticationPrincipal SignedInUser user, Locale locale,
            RedirectAttributes redirect) {
        addresses.remove(user.id(), addressId);
        redirect.addFlashAttribute("notice", "account.address.deleted");
        return back(locale);
    }

    private static String back(Locale locale) {
        return "redirect:/account?lang=" + locale.getLanguage() + "#addresses";
    }
}
