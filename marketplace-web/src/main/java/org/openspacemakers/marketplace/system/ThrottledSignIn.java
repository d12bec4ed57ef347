package org.openspacemakers.marketplace.system;

import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.SecurityEvents;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * E-mail and password sign-in (form and HTTP Basic alike), refused before the password is even
 * checked once the e-mail (with an account or not) or the client's address has failed too often.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final Accounts accounts;
    private final AddressFailureLimit addresses;
    private final SecurityEvents events;

    ThrottledSignIn(DaoAuthenticationProvider passwords, Accounts accounts, AddressFailureLimit addresses,
            SecurityEvents events) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.addresses = addresses;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        // The attempt is counted as a failure before the password is checked, and forgiven once it
        // succeeds: checking first would let parallel attempts all pass the limit before any is counted.
        if (addresses.isBlocked(address) || !accounts.admitSignInAttempt(email)) {
            events.record(SecurityEvents.Kind.SIGN_IN_THROTTLED, null, email, address, null);
            throw new SignInThrottled();
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            accounts.recordSuccessfulSignIn(email);
            return signedIn;
        } catch (BadCredentialsException wrongPassword) {
            addresses.recordFailure(address);
            events.record(SecurityEvents.Kind.SIGN_IN_FAILED, null, email, address, null);
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
