package org.openspacemakers.marketplace.account.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of sign-up, e-mail verification and password reset, for anyone. A mailed link opens a
 * page whose button does the work: mail scanners that fetch links must not use the token. Forms
 * refused show again (400) with each field at fault; what was typed comes back, passwords never.
 */
@Controller
class SignUpPages {

    private final Accounts accounts;
    private final RefusalMessages explanations;

    SignUpPages(Accounts accounts, RefusalMessages explanations) {
        this.accounts = accounts;
        this.explanations = explanations;
    }

    @GetMapping("/sign-up")
    String signUpForm() {
        return "sign-up";
    }

    @PostMapping("/sign-up")
    String signUp(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String password, Locale locale, Model model, HttpServletResponse response) {
        try {
            accounts.signUp(email, password, name, locale);
        } catch (InvalidInput e) {
            model.addAttribute("email", email);
            model.addAttribute("name", name);
            return refused(e, locale, model, response, "sign-up");
        }
        return "redirect:/sign-up/mailed?lang=" + locale.getLanguage();
    }

    @GetMapping("/sign-up/mailed")
    String signUpMailed(Model model) {
        model.addAttribute("what", "signUp");
        return "mail-sent";
    }

    /** Shows the button that verifies: opening the link alone uses nothing. */
    @GetMapping("/verify")
    String verifyForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "verify";
    }

    @PostMapping("/verify")
    String verify(@RequestParam(defaultValue = "") String token, Locale locale, Model model, HttpServletResponse response) {
        try {
            accounts.verifyEmail(token);
        } catch (InvalidInput e) {
            model.addAttribute("token", "");
            return refused(e, locale, model, response, "verify");
        }
        model.addAttribute("verified", true);
        return "verify";
    }

    @GetMapping("/password-reset")
    String resetForm() {
        return "password-reset";
    }

    @PostMapping("/password-reset")
    String requestReset(@RequestParam(defaultValue = "") String email, Locale locale, Model model,
            HttpServletResponse response) {
        try {
            accounts.requestPasswordReset(email, locale);
        } catch (InvalidInput e) {
            model.addAttribute("email", email);
            return refused(e, locale, model, response, "password-reset");
        }
        return "redirect:/password-reset/mailed?lang=" + locale.getLanguage();
    }

    @GetMapping("/password-reset/mailed")
    String resetMailed(Model model) {
        model.addAttribute("what", "reset");
        return "mail-sent";
    }

    @GetMapping("/password-reset/confirm")
    String newPasswordForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "password-reset-confirm";
    }

    @PostMapping("/password-reset/confirm")
    String resetPassword(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            Locale locale, Model model, HttpServletResponse response) {
        try {
            accounts.resetPassword(token, password);
        } catch (InvalidInput e) {
            model.addAttribute("token", token);
            return refused(e, locale, model, response, "password-reset-confirm");
        }
        return "redirect:/login?reset&lang=" + locale.getLanguage();
    }

    private String refused(InvalidInput e, Locale locale, Model model, HttpServletResponse response, String view) {
        model.addAttribute("problems", explanations.lines(e, locale));
        model.addAttribute("problemFields", e.problems().stream().map(InvalidInput.Problem::field).toList());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return view;
    }
}
