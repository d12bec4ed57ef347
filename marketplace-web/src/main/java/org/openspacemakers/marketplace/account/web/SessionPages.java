package org.openspacemakers.marketplace.account.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.openspacemakers.marketplace.account.SecurityEvents;
import org.openspacemakers.marketplace.system.SignedInSessions;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Sign out everywhere", from the profile: every page session of the person ends, on every node,
 * this one too. Their personal access tokens are not sessions: they stay until revoked, one by one
 * on the same page.
 */
@Controller
class SessionPages {

    private final SignedInSessions sessions;
    private final SecurityEvents events;

    SessionPages(SignedInSessions sessions, SecurityEvents events) {
        this.sessions = sessions;
        this.events = events;
    }

    @PostMapping("/account/sessions/end-all")
    String endAll(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Locale locale) {
        int ended = sessions.endAll(user.getUsername());
        events.record(SecurityEvents.Kind.SIGNED_OUT_EVERYWHERE, user.id(), user.getUsername(), request.getRemoteAddr(),
                ended + " session(s) ended");
        return "redirect:/login?logout&lang=" + locale.getLanguage();
    }
}
