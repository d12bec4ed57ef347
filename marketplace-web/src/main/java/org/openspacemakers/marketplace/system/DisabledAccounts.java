package org.openspacemakers.marketplace.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.openspacemakers.marketplace.account.People;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session whose account an administrator disabled since it signed in, on its next
 * request: the session is invalidated and the request goes on as an anonymous visitor's (a page
 * that needs a sign-in then asks for one, which the account cannot give). One lookup by primary
 * key per signed-in page request; anonymous visitors cost nothing.
 */
class DisabledAccounts extends OncePerRequestFilter {

    private final People people;

    DisabledAccounts(People people) {
        this.people = people;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user && people.isDisabled(user.id())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
