package org.openspacemakers.marketplace.system;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account (or from this address): refused until a quiet period passes. */
class SignInThrottled extends AuthenticationException {

    SignInThrottled() {
        super("too many failed sign-ins; try again later");
    }
}
