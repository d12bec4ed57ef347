package org.openspacemakers.marketplace.system;

import org.openspacemakers.marketplace.account.Accounts;
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

    ThrottledSignIn(DaoAuthenticationProvider passwords, Accounts accounts, AddressFailureLimit addresses) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.addresses = addresses;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        // The attempt is counted as a failure before the password is checked, and forgiven once it
        // succeeds: checking first would let parallel attempts all pass the limit before any is counted.
        if (addresses.isBlocked(address) || !accounts.admitSignInAttempt(email)) {
            throw new SignInThrottled();
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            accounts.recordSuccessfulSignIn(email);
            return signedIn;
        } catch (BadCredentialsException wrongPassword) {
            addresses.recordFailure(address);
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
