package org.openspacemakers.marketplace.order.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.order.Recall;
import org.openspacemakers.marketplace.order.Recalls;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Recalls for reviewers and administrators: the list, newest first, and each recall with its units
 * (shipped, or blocked at the workshop) and the notice each buyer was sent. Buyers' names and
 * e-mail addresses are shown to administrators only, who contact them.
 */
@Controller
class RecallPages {

    private final Recalls recalls;
    private final Accounts accounts;

    RecallPages(Recalls recalls, Accounts accounts) {
        this.recalls = recalls;
        this.accounts = accounts;
    }

    @GetMapping("/recalls")
    String list(Model model) {
        model.addAttribute("recalls", recalls.all());
        return "recalls";
    }

    @GetMapping("/recalls/{recallId}")
    String recall(@PathVariable UUID recallId, @AuthenticationPrincipal SignedInUser viewer, Model model) {
        Recall recall = recalls.byId(recallId).orElseThrow(NotFound::new);
        model.addAttribute("recall", recall);
        model.addAttribute("buyers", viewer.hasRole(Role.ADMIN) ? buyers(recall) : Map.of());
        return "recall";
    }

    /** Each buyer's account as "name &lt;e-mail&gt;", by id. */
    private Map<UUID, String> buyers(Recall recall) {
        return recall.notices().stream().map(Recall.Notice::buyerId).distinct().collect(Collectors.toMap(Function.identity(),
                id -> accounts.byId(id).map(user -> user.displayName() + " <" + user.email() + ">").orElse("—")));
    }
}
