package org.openspacemakers.marketplace.account.web;

import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.account.AccessTokens;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's profile: personal access tokens, created (shown once) and revoked. */
@Controller
class AccountPages {

    private final AccessTokens tokens;

    AccountPages(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.id()));
        return "account";
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam(defaultValue = "") String name, @AuthenticationPrincipal SignedInUser user, Locale locale,
            RedirectAttributes redirect) {
        if (name.isBlank() || name.strip().length() > 100) {
            redirect.addFlashAttribute("problems", java.util.List.of("name: 1 to 100 characters"));
        } else {
            redirect.addFlashAttribute("newToken", tokens.create(user.id(), name).value());
        }
        return "redirect:/account?lang=" + locale.getLanguage();
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
