package org.openspacemakers.marketplace.account.web;

import java.util.Arrays;
import java.util.Optional;
import org.openspacemakers.marketplace.account.SecurityEvents;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail of security events, for administrators: the newest first, filtered by kind and e-mail. */
@Controller
class SecurityEventPages {

    private static final int LIST_SIZE = 200;

    private final SecurityEvents events;

    SecurityEventPages(SecurityEvents events) {
        this.events = events;
    }

    @GetMapping("/admin/security-events")
    String events(@RequestParam(required = false) String kind, @RequestParam(required = false) String email, Model model) {
        Optional<SecurityEvents.Kind> wanted = Arrays.stream(SecurityEvents.Kind.values())
                .filter(known -> known.name().equals(kind)).findFirst();
        Optional<String> who = Optional.ofNullable(email).map(String::strip).filter(e -> !e.isEmpty() && e.length() <= 254);
        model.addAttribute("events", events.newest(wanted, who, LIST_SIZE));
        model.addAttribute("kinds", SecurityEvents.Kind.values());
        model.addAttribute("kind", wanted.orElse(null));
        model.addAttribute("email", who.orElse(""));
        return "admin-security-events";
    }
}
