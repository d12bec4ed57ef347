package org.openspacemakers.marketplace.system;

import java.util.Set;
import java.util.regex.Pattern;
import org.openspacemakers.marketplace.account.TokenScope;
import org.springframework.web.util.UrlPathHelper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openspacemakers.marketplace.account.AccessTokens;
import org.openspacemakers.marketplace.account.SecurityEvents;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <personal access token>} on the API: signs the request in as the
 * token's owner; an unknown, revoked or expired token answers 401 at once, and a request its scope
 * does not cover 403 (a read-only token reads; a listing token reads and publishes boards).
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** The listing API: what a team's hardware repository publishes. Reviews, recalls, orders and administration are not in it. */
    private static final Pattern LISTING_API = Pattern.compile("/api/v1/(teams/[^/]+/(boards|capacity|workshop)"
            + "|boards/[^/]+(/.*)?"
            + "|revisions/[^/]+(/(bom(/.*)?|offers/[^/]+|submit|dossier(/.*)?))?"
            + "|offers/[^/]+/stock)");

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final AccessTokens tokens;
    private final SecurityEvents events;

    BearerTokenFilter(AccessTokens tokens, SecurityEvents events) {
        this.tokens = tokens;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var bearer = tokens.authenticate(header.substring(7).strip());
        if (bearer.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "/problems/unauthorized",
                    "The access token is unknown, revoked or expired.");
            return;
        }
        if (!covers(bearer.get().scope(), request)) {
            events.record(SecurityEvents.Kind.ACCESS_REFUSED, bearer.get().owner().id(), bearer.get().owner().email(),
                    request.getRemoteAddr(), request.getMethod() + " " + request.getRequestURI() + " (token " + bearer.get().scope() + ")");
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, "/problems/forbidden",
                    "This access token's scope (" + bearer.get().scope() + ") does not allow this request.");
            return;
        }
        SignedInUser user = new SignedInUser(bearer.get().owner());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** Whether a token of this scope may make this request (its owner's rights are checked after, as for anyone). */
    static boolean covers(TokenScope scope, HttpServletRequest request) {
        if (scope == TokenScope.FULL || READING.contains(request.getMethod())) {
            return true;
        }
        return scope == TokenScope.LISTINGS && LISTING_API.matcher(PATHS.getPathWithinApplication(request)).matches();
    }
}
