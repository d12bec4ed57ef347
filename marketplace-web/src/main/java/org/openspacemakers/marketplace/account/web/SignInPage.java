package org.openspacemakers.marketplace.account.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in form; Spring Security handles its POST. */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "login";
    }

    /** Where a throttled sign-in attempt is forwarded: the form again, answered 429. */
    @RequestMapping("/login/throttled")
    String throttled(HttpServletResponse response, Model model) {
        response.setStatus(429);
        model.addAttribute("throttled", true);
        return "login";
    }
}
