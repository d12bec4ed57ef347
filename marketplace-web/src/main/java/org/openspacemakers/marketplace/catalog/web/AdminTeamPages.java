package org.openspacemakers.marketplace.catalog.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.openspacemakers.marketplace.catalog.Slug;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.BindingMessages;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create project teams, add makers to them and take members off, with the same checks as the API. */
@Controller
class AdminTeamPages {

    private final Teams teams;
    private final Accounts accounts;
    private final RefusalMessages explanations;
    private final BindingMessages bindingMessages;

    AdminTeamPages(Teams teams, Accounts accounts, RefusalMessages explanations, BindingMessages bindingMessages) {
        this.teams = teams;
        this.accounts = accounts;
        this.explanations = explanations;
        this.bindingMessages = bindingMessages;
    }

    /** A new team as typed: its slug (checked by {@link Slug}), its name, its members' e-mails separated by commas or spaces. */
    record TeamForm(@NotBlank String slug, @NotBlank @Size(max = 200) String name, String members) {

        List<String> emails() {
            return members == null ? List.of()
                    : Arrays.stream(members.split("[,;\\s]+")).filter(e -> !e.isBlank()).toList();
        }
    }

    /** A team's member as the page lists them: their e-mail when their account is found. */
    record Member(UUID id, String email) {
    }

    /**
     * A team's load as the administrators' page lists it: its weekly capacity, the boards queued, the
     * share of its slots on sale they take, and the day it takes orders again when it paused them.
     */
    record Load(int weeklyCapacity, int horizonWeeks, int queued, int percentOfSlots, java.time.LocalDate pausedUntil) {

        static Load of(Team team, java.time.LocalDate today) {
            return new Load(team.weeklyCapacity(), team.horizonWeeks(), team.queuedBoards(),
                    team.queuedBoards() * 100 / team.slotsOnSale(), team.pausedOn(today).orElse(null));
        }
    }

    @GetMapping("/admin/teams")
    String teams(Model model) {
        List<Team> all = teams.all();
        java.time.LocalDate today = teams.today();
        model.addAttribute("teams", all);
        model.addAttribute("loads", all.stream().collect(Collectors.toMap(Team::id, team -> Load.of(team, today))));
        model.addAttribute("members", all.stream().collect(Collectors.toMap(Team::id, team -> teams.membersOf(team.id()).stream()
                .map(id -> new Member(id, accounts.byId(id).map(User::email).orElse(id.toString())))
                .sorted(Comparator.comparing(Member::email)).toList())));
        return "admin-teams";
    }

    @PostMapping("/admin/teams")
    String create(@Valid @ModelAttribute TeamForm form, BindingResult binding, Locale locale, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("problems", bindingMessages.lines(binding, locale));
        } else {
            try {
                List<UUID> makers = form.emails().stream().map(email -> accounts.maker(email, "members")).toList();
                teams.create(Slug.of(form.slug().strip()), form.name().strip(), makers);
                redirect.addFlashAttribute("notice", "admin.saved");
            } catch (InvalidInput e) {
                redirect.addFlashAttribute("problems", explanations.lines(e, locale));
            }
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

    /** Takes a member off the team ({@link Teams#removeMember}: an unknown team or member is not found, as in the API). */
    @PostMapping("/admin/teams/{team}/members/{memberId}/remove")
    String removeMember(@PathVariable String team, @PathVariable UUID memberId, Locale locale, RedirectAttributes redirect) {
        try {
            teams.removeMember(team, memberId);
            redirect.addFlashAttribute("notice", "admin.memberRemoved");
        } catch (Conflict e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        }
        return "redirect:/admin/teams?lang=" + locale.getLanguage();
    }
}
