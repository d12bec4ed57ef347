package org.openspacemakers.marketplace.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's API: creating accounts, finding them, and counting sign-in attempts per
 * e-mail address so that an address under attack is throttled (the count lives in the database,
 * so every node sees it).
 */
@Service
public class Accounts {

    /** Failed sign-ins in a row after which an address is throttled, whether an account has it or not. */
    public static final int FAILED_SIGN_IN_LIMIT = 10;
    /** How long an address must stay quiet before its failures are forgotten. */
    public static final Duration QUIET_PERIOD = Duration.ofMinutes(15);

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final SignInAttempts attempts;
    private final Clock clock;

    Accounts(UserRepository users, PasswordEncoder passwords, SignInAttempts attempts, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Transactional
    public User register(String email, String rawPassword, String displayName, Set<Role> roles) {
        if (rawPassword == null || rawPassword.length() < 12) {
            throw new IllegalArgumentException("a password has at least 12 characters");
        }
        if (users.findByEmail(User.normalise(email)).isPresent()) {
            throw new IllegalArgumentException("an account with this e-mail already exists");
        }
        return users.save(new User(email, passwords.encode(rawPassword), displayName, roles, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<User> byEmail(String email) {
        return users.findByEmail(User.normalise(email));
    }

    /**
     * The maker with this e-mail, as a team member to add; refused naming the field when no account
     * has it, or the account is not a maker's.
     */
    @Transactional(readOnly = true)
    public UUID maker(String email, String field) {
        String address = email == null ? "" : email.strip();
        User user = byEmail(address).orElseThrow(() -> new InvalidInput(field, "invalid.noAccount", address));
        if (!user.hasRole(Role.MAKER)) {
            throw new InvalidInput(field, "invalid.notAMaker", address);
        }
        return user.id();
    }

    @Transactional(readOnly = true)
    public Optional<User> byId(UUID id) {
        return users.findById(id);
    }

    @Transactional(readOnly = true)
    public boolean anyWithRole(Role role) {
        return users.existsWithRole(role);
    }

    /**
     * Admits a sign-in attempt for this e-mail, counting it as a failure until
     * {@link #recordSuccessfulSignIn} says otherwise; false, counting nothing, once
     * {@link #FAILED_SIGN_IN_LIMIT} attempts in a row have been counted within the quiet period.
     * The count is taken before the password is checked, so attempts made in parallel are refused
     * past the limit too; it is kept for any address, with an account or not, so that the refusal
     * tells nothing of which addresses have one.
     */
    public boolean admitSignInAttempt(String email) {
        var now = clock.instant();
        return attempts.count(User.normalise(email), FAILED_SIGN_IN_LIMIT, now, now.minus(QUIET_PERIOD));
    }

    /** The attempt admitted for this e-mail succeeded: its failures in a row are forgotten. */
    public void recordSuccessfulSignIn(String email) {
        attempts.clear(User.normalise(email));
    }

    /** Forgets the addresses quiet for a whole quiet period (their count would start again anyway); how many. */
    public int forgetQuietSignInAttempts() {
        return attempts.forgetQuietSince(clock.instant().minus(QUIET_PERIOD));
    }
}
