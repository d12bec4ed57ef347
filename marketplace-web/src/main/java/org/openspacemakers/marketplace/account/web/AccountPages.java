package org.openspacemakers.marketplace.account.web;

import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.account.AccessTokens;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.AddressBook;
import org.openspacemakers.marketplace.account.TokenScope;
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
 * The signed-in person's profile: their name, address and password (changed by {@link ProfilePages}),
 * their personal access tokens, created (shown once) and revoked; the address book
 * ({@link AddressBookPages}) and their personal data ({@code privacy.web}) below.
 */
@Controller
class AccountPages {

    private final AccessTokens tokens;
    private final Accounts accounts;
    private final AddressBook addresses;
    private final RefusalMessages explanations;

    AccountPages(AccessTokens tokens, Accounts accounts, AddressBook addresses, RefusalMessages explanations) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.addresses = addresses;
        this.explanations = explanations;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("profile", accounts.byId(user.id()).orElseThrow(NotFound::new));
        model.addAttribute("tokens", tokens.of(user.id()));
        model.addAttribute("addresses", addresses.of(user.id()));
        model.addAttribute("maxAddresses", AddressBook.MAX_ADDRESSES);
        return "account";
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "FULL") String scope,
            @RequestParam(defaultValue = "90") String days, @AuthenticationPrincipal SignedInUser user, Locale locale,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("newToken", tokens.create(user.id(), name, scope(scope), days(days)).value());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        }
        return "redirect:/account?lang=" + locale.getLanguage();
    }

    private static TokenScope scope(String chosen) {
        try {
            return TokenScope.valueOf(chosen);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("scope", "invalid.token.scope");
        }
    }

    private static int days(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("days", "invalid.token.days", AccessTokens.MAX_DAYS);
        }
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revoke(@PathVariable UUID tokenId, @AuthenticationPrincipal SignedInUser user, Locale locale,
            RedirectAttributes redirect) {
        if (!tokens.revoke(user.id(), tokenId)) {
            throw new NotFound();
        }
        redirect.addFlashAttribute("notice", "account.tokenRevoked");
        return "redirect:/account?lang=" + locale.getLanguage();
    }
}
