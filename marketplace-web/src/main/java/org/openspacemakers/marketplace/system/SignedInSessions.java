package org.openspacemakers.marketplace.system;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.EverySessionEnds;
import org.openspacemakers.marketplace.account.PasswordChanged;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The page sessions of signed-in people. They live in the database (Spring Session JDBC, table
 * {@code SPRING_SESSION}), so a person signed in through one node is signed in on every node, and
 * ending their sessions here signs them out everywhere at once. A session is found by the e-mail it
 * signed in with (Spring Session's principal name, indexed).
 */
@Component
public class SignedInSessions {

    private final FindByIndexNameSessionRepository<?> sessions;
    private final Accounts accounts;

    SignedInSessions(FindByIndexNameSessionRepository<?> sessions, Accounts accounts) {
        this.sessions = sessions;
        this.accounts = accounts;
    }

    /** Ends every page session signed in with this e-mail, the current request's too; how many there were. */
    public int endAll(String email) {
        return endAllBut(email, null);
    }

    /**
     * Ends every page session signed in with this e-mail but the one with that id (none when null);
     * how many it ended. The current request's session, when it is among them, is invalidated through
     * the request: removed only from the database, the request would store it again as it ends.
     */
    public int endAllBut(String email, String keptId) {
        Optional<HttpSession> current = currentSession();
        Set<String> ids = sessions.findByPrincipalName(email).keySet();
        int ended = 0;
        for (String id : ids) {
            if (id.equals(keptId)) {
                continue;
            }
            if (current.isPresent() && current.get().getId().equals(id)) {
                current.get().invalidate();
                SecurityContextHolder.clearContext();
            } else {
                sessions.deleteById(id);
            }
            ended++;
        }
        return ended;
    }

    /**
     * The current request's person is now shown as {@code updated} (a new name), in this request and
     * the next ones of its session, without signing in again.
     */
    public void showAs(SignedInUser updated) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken replaced =
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
        replaced.setDetails(current == null ? null : current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(replaced);
        SecurityContextHolder.setContext(context);
        // Set again, so that the session stored in the database is written with it.
        currentSession().ifPresent(session ->
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context));
    }

    /** Once the decision committed (never for one rolled back), the person's sessions end. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EverySessionEnds event) {
        endAll(event.email());
    }

    /**
     * A new password ends the account's page sessions: all of them after a reset (whoever knew the
     * old password is out), all but the one that changed it from the profile.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PasswordChanged event) {
        String kept = event.byReset() ? null : currentSession().map(HttpSession::getId).orElse(null);
        accounts.byId(event.userId()).ifPresent(person -> endAllBut(person.email(), kept));
    }

    private static Optional<HttpSession> currentSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? Optional.ofNullable(request.getRequest().getSession(false))
                : Optional.empty();
    }
}
