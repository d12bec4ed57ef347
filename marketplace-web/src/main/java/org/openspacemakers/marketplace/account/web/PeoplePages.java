package org.openspacemakers.marketplace.account.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.account.People;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.refusal.InvalidInput;
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
 * Administrators find people and give or take their roles on a page ({@link PeopleApi} through the
 * API, with the same checks: {@link People}'s).
 */
@Controller
class PeoplePages {

    private final People people;
    private final RefusalMessages explanations;

    PeoplePages(People people, RefusalMessages explanations) {
        this.people = people;
        this.explanations = explanations;
    }

    @GetMapping("/admin/people")
    String find(@RequestParam(name = "q", defaultValue = "") String words, Model model) {
        String typed = words.substring(0, Math.min(words.length(), People.LONGEST_SEARCH));
        model.addAttribute("people", people.search(typed));
        model.addAttribute("q", typed);
        model.addAttribute("roles", Role.values());
        return "admin-people";
    }

    @PostMapping("/admin/people/{personId}/roles")
    String change(@PathVariable UUID personId, @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "grant") String change, @RequestParam(name = "q", defaultValue = "") String words,
            @AuthenticationPrincipal SignedInUser admin, Locale locale, RedirectAttributes redirect) {
        return backToSearch(words, locale, redirect, () -> {
            Role chosen = role(role);
            if ("revoke".equals(change)) {
                people.revoke(admin.id(), personId, chosen);
            } else {
                people.grant(admin.id(), personId, chosen);
            }
        });
    }

    @PostMapping("/admin/people/{personId}/account")
    String account(@PathVariable UUID personId, @RequestParam(defaultValue = "") String change,
            @RequestParam(name = "q", defaultValue = "") String words, @AuthenticationPrincipal SignedInUser admin,
            Locale locale, RedirectAttributes redirect) {
        return backToSearch(words, locale, redirect, () -> {
            if ("enable".equals(change)) {
                people.enable(admin.id(), personId);
            } else {
                people.disable(admin.id(), personId);
            }
        });
    }

    /** Makes the change, says how it went, and goes back to the search it was made from. */
    private String backToSearch(String words, Locale locale, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", "admin.people.changed");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        }
        redirect.addAttribute("q", words);
        redirect.addAttribute("lang", locale.getLanguage());
        return "redirect:/admin/people";
    }

    static Role role(String name) {
        return Arrays.stream(Role.values()).filter(known -> known.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInput("role", "invalid.role"));
    }
}
