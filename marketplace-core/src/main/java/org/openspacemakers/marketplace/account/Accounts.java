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
 * The accounts module's API: creating accounts, finding them, and counting failed sign-ins so
 * that an account under attack is throttled (the count lives in the database, so every node sees it).
 */
@Service
public class Accounts {

    /** Failed sign-ins in a row after which an account is throttled. */
    public static final int FAILED_SIGN_IN_LIMIT = 10;
    /** How long an account must stay quiet before its failures are forgotten. */
    public static final Duration QUIET_PERIOD = Duration.ofMinutes(15);

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(UserRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
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

    @Transactional
    public void recordFailedSignIn(String email) {
        var now = clock.instant();
        users.recordFailedSignIn(User.normalise(email), now, now.minus(QUIET_PERIOD));
    }

    @Transactional
    public void recordSuccessfulSignIn(String email) {
        users.clearFailedSignIns(User.normalise(email));
    }

    /** Whether the account has failed too often in a row, recently enough to refuse attempts. */
    @Transactional(readOnly = true)
    public boolean isThrottled(String email) {
        return users.isThrottled(User.normalise(email), FAILED_SIGN_IN_LIMIT, clock.instant().minus(QUIET_PERIOD));
    }
}
