package org.openspacemakers.marketplace.system;

import org.openspacemakers.marketplace.account.SecurityEvents;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * A person signing in through the sign-in page goes into the security events. HTTP Basic and
 * tokens sign in on every API request, which would bury the rest: their failures are recorded
 * ({@link ThrottledSignIn}), not each success.
 */
@Component
class SignInEvents {

    private final SecurityEvents events;

    SignInEvents(SecurityEvents events) {
        this.events = events;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent signedIn) {
        if (signedIn.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            String address = signedIn.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                    ? details.getRemoteAddress() : null;
            events.record(SecurityEvents.Kind.SIGNED_IN, user.id(), user.getUsername(), address, null);
        }
    }
}
