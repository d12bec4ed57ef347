package org.openspacemakers.marketplace.catalog.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.catalog.ListingRejected;
import org.openspacemakers.marketplace.catalog.Slug;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create project teams and add makers to them, with the same checks as the API. */
@Controller
class AdminTeamPages {

    private final Teams teams;
    private final Accounts accounts;
    private final RefusalMessages explanations;

    AdminTeamPages(Teams teams, Accounts accounts, RefusalMessages explanations) {
        this.teams = teams;
        this.accounts = accounts;
        this.explanations = explanations;
    }

    @GetMapping("/admin/teams")
    String teams(Model model) {
        model.addAttribute("teams", teams.all());
        return "admin-teams";
    }

    @PostMapping("/admin/teams")
    String create(@RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String members, Locale locale, RedirectAttributes redirect) {
        try {
            List<UUID> makers = Arrays.stream(members.split("[,;\\s]+")).filter(e -> !e.isBlank())
                    .map(email -> accounts.maker(email, "members")).toList();
            if (name.isBlank()) {
                throw new ListingRejected("name", "invalid.required");
            }
            teams.create(Slug.of(slug.strip()), name.strip(), makers);
            redirect.addFlashAttribute("notice", "admin.saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        }
        return "redirect:/admin/teams?lang=" + locale.getLanguage();
    }

    @PostMapping("/admin/teams/{team}/members")
    String addMember(@PathVariable String team, @RequestParam(defaultValue = "") String email, Locale locale,
            RedirectAttributes redirect) {
        try {
            teams.addMember(team, accounts.maker(email, "email"));
            redirect.addFlashAttribute("notice", "admin.saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        } catch (NotFound e) {
            redirect.addFlashAttribute("problems", List.of(explanations.message("admin.noSuchTeam", List.of(), locale)));
        }
        return "redirect:/admin/teams?lang=" + locale.getLanguage();
    }
}
