package org.openspacemakers.marketplace.account.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in form; Spring Security handles its POST. */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "login";
    }

    /** Where a throttled sign-in attempt is forwarded: the form again, answered 429. */
    @RequestMapping("/login/throttled")
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String throttled(Model model) {
        model.addAttribute("throttled", true);
        return "login";
    }
}
