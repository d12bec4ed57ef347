package org.openspacemakers.marketplace.catalog.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.catalog.Catalog;
import org.openspacemakers.marketplace.catalog.ListingRejected;
import org.openspacemakers.marketplace.catalog.NotTeamMember;
import org.openspacemakers.marketplace.catalog.Slug;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create project teams and add makers to them. */
@Controller
class AdminTeamPages {

    private final Catalog catalog;
    private final Accounts accounts;

    AdminTeamPages(Catalog catalog, Accounts accounts) {
        this.catalog = catalog;
        this.accounts = accounts;
    }

    @GetMapping("/admin/teams")
    String teams(Model model) {
        model.addAttribute("teams", catalog.allTeams());
        return "admin-teams";
    }

    @PostMapping("/admin/teams")
    String create(@RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String members, Locale locale, RedirectAttributes redirect) {
        try {
            List<UUID> makers = Arrays.stream(members.split("[,;\\s]+")).filter(e -> !e.isBlank())
                    .map(this::maker).toList();
            if (name.isBlank()) {
                throw new ListingRejected("name", "is required");
            }
            catalog.createTeam(Slug.of(slug.strip()), name.strip(), makers);
            redirect.addFlashAttribute("notice", "admin.saved");
        } catch (ListingRejected e) {
            redirect.addFlashAttribute("problems", List.of(e.field() + ": " + e.getMessage()));
        }
        return "redirect:/admin/teams?lang=" + locale.getLanguage();
    }

    @PostMapping("/admin/teams/{team}/members")
    String addMember(@PathVariable String team, @RequestParam(defaultValue = "") String email, Locale locale,
            RedirectAttributes redirect) {
        try {
            catalog.addMember(team, maker(email));
            redirect.addFlashAttribute("notice", "admin.saved");
        } catch (ListingRejected | NotTeamMember e) {
            redirect.addFlashAttribute("problems", List.of(e.getMessage()));
        }
        return "redirect:/admin/teams?lang=" + locale.getLanguage();
    }

    private UUID maker(String email) {
        User user = accounts.byEmail(email.strip())
                .orElseThrow(() -> new ListingRejected("members", "no account with the e-mail " + email.strip()));
        if (!user.hasRole(Role.MAKER)) {
            throw new ListingRejected("members", email.strip() + " is not a maker");
        }
        return user.id();
    }
}
