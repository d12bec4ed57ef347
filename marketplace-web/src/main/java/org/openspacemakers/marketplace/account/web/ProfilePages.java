package org.openspacemakers.marketplace.account.web;

import java.util.Locale;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInSessions;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The profile's own changes, on {@code /account}: the name, the password (given the current one),
 * the e-mail address (given the password; it changes once the link mailed to the new address is
 * followed), and the verification link sent again. Each answers back on the profile with a notice,
 * or the problems, naming each field at fault. A new name shows at once in this session; a password
 * change ends the person's other sessions ({@code SignedInSessions}) and leaves access tokens be (the
 * notice says so).
 */
@Controller
class ProfilePages {

    private final Accounts accounts;
    private final SignedInSessions sessions;
    private final RefusalMessages explanations;

    ProfilePages(Accounts accounts, SignedInSessions sessions, RefusalMessages explanations) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.explanations = explanations;
    }

    @PostMapping("/account/name")
    String rename(@RequestParam(defaultValue = "") String name, @AuthenticationPrincipal SignedInUser user, Locale locale,
            RedirectAttributes redirect) {
        return done(() -> sessions.showAs(user.renamed(accounts.rename(user.id(), name).displayName())), "profile.renamed",
                locale, redirect);
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @AuthenticationPrincipal SignedInUser user, Locale locale,
            RedirectAttributes redirect) {
        return done(() -> accounts.changePassword(user.id(), currentPassword, newPassword), "profile.passwordChanged", locale,
                redirect);
    }

    @PostMapping("/account/email")
    String changeEmail(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newEmail,
            @AuthenticationPrincipal SignedInUser user, Locale locale, RedirectAttributes redirect) {
        return done(() -> accounts.requestEmailChange(user.id(), currentPassword, newEmail, locale), "profile.emailChangeMailed",
                locale, redirect);
    }

    @PostMapping("/account/verify/resend")
    String resendVerification(@AuthenticationPrincipal SignedInUser user, Locale locale, RedirectAttributes redirect) {
        return done(() -> accounts.resendVerification(user.id(), locale), "profile.verificationMailed", locale, redirect);
    }

    private String done(Runnable change, String notice, Locale locale, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        }
        return "redirect:/account?lang=" + locale.getLanguage();
    }
}
