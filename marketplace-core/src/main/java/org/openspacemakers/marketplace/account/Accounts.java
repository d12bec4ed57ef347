package org.openspacemakers.marketplace.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.account.AccountTokens.Purpose;
import org.openspacemakers.marketplace.refusal.Forbidden;
import org.openspacemakers.marketplace.refusal.InputChecks;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's API: creating accounts, finding them, and counting sign-in attempts per
 * e-mail address so that an address under attack is throttled (the count lives in the database,
 * so every node sees it). Buyers sign up here, verify their address and reset their password
 * through one-time tokens mailed to them ({@link AccountTokens}: random, stored hashed, single-use,
 * an hour), and change their name, password and address; no answer tells whether an address has an
 * account. The mails themselves are the notification module's, from the events published here.
 */
@Service
public class Accounts {

    /** Failed sign-ins in a row after which an address is throttled, whether an account has it or not. */
    public static final int FAILED_SIGN_IN_LIMIT = 10;
    /** How long an address must stay quiet before its failures are forgotten. */
    public static final Duration QUIET_PERIOD = Duration.ofMinutes(15);
    /**
     * The most reset (or verification) links mailed to one account within {@link #MAIL_WINDOW}:
     * anyone may ask for one, and nobody may fill a person's mailbox with them. Past it, the request
     * is answered as usual and mails nothing.
     */
    public static final int MAILS_PER_WINDOW = 5;
    public static final Duration MAIL_WINDOW = Duration.ofHours(1);

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final SignInAttempts attempts;
    private final AccountTokens tokens;
    private final SecurityEvents events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Accounts(UserRepository users, PasswordEncoder passwords, SignInAttempts attempts, AccountTokens tokens,
            SecurityEvents events, ApplicationEventPublisher publisher, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.attempts = attempts;
        this.tokens = tokens;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The longest e-mail address (RFC 5321's path) and name an account keeps. */
    public static final int LONGEST_EMAIL = 254;
    public static final int LONGEST_NAME = 200;

    /**
     * A buyer signs up: a BUYER account whose address is not verified yet, and a verification link
     * mailed to it. Every field at fault is named ({@code email}, {@code password}, {@code name}).
     * An address that already has an account is answered alike, storing nothing: its owner is mailed
     * that someone tried to sign up with it (a disabled account is told nothing). The password is
     * hashed either way, so the two take about as long.
     */
    @Transactional
    public void signUp(String email, String rawPassword, String name, Locale language) {
        InputChecks checks = new InputChecks();
        String address = checkedEmail(checks, "email", email);
        String displayName = checks.text("name", name, LONGEST_NAME);
        PasswordRules.problem("password", rawPassword, address, displayName)
                .ifPresent(problem -> checks.check(false, problem.field(), problem.key(), problem.arguments().toArray()));
        checks.done();
        String hash = passwords.encode(rawPassword);
        Instant now = clock.instant();
        Optional<User> existing = users.findByEmail(User.normalise(address));
        if (existing.isPresent()) {
            User owner = existing.get();
            if (!owner.isDisabled()) {
                publisher.publishEvent(new SignUpRepeated(owner.id(), owner.email(), owner.displayName(), language, now));
            }
            return;
        }
        // Flushed: the token refers to the row.
        User buyer = users.saveAndFlush(new User(address, hash, displayName, EnumSet.of(Role.BUYER), now, null));
        events.record(SecurityEvents.Kind.SIGNED_UP, buyer.id(), buyer.email(), null, null);
        publisher.publishEvent(new EmailVerificationRequested(buyer.id(), buyer.email(), buyer.displayName(),
                tokens.issue(Purpose.VERIFY_EMAIL, buyer.id(), null, now), language, false));
    }

    /**
     * Mails the person a new verification link (the earlier ones stop working); nothing when their
     * address is verified already, or {@link #MAILS_PER_WINDOW} links went out within the hour.
     * Returns whether a link was sent.
     */
    @Transactional
    public boolean resendVerification(UUID userId, Locale language) {
        User user = users.findById(userId).orElseThrow(() -> new IllegalArgumentException("no account " + userId));
        Instant now = clock.instant();
        if (user.isEmailVerified() || user.isDisabled()
                || tokens.issuedSince(Purpose.VERIFY_EMAIL, user.id(), now.minus(MAIL_WINDOW)) >= MAILS_PER_WINDOW) {
            return false;
        }
        publisher.publishEvent(new EmailVerificationRequested(user.id(), user.email(), user.displayName(),
                tokens.issue(Purpose.VERIFY_EMAIL, user.id(), null, now), language, false));
        return true;
    }

    /**
     * Follows a mailed verification link: the account's address is verified, or, for a link mailed
     * to a new address, the account moves to it. A token unknown, used, replaced or expired is
     * refused naming {@code token}; so is a new address another account took meanwhile. The
     * account's page sessions end when its address changes.
     */
    @Transactional
    public User verifyEmail(String token) {
        Instant now = clock.instant();
        AccountTokens.Used used = tokens.use(token, now, Purpose.VERIFY_EMAIL, Purpose.CHANGE_EMAIL)
                .orElseThrow(() -> new InvalidInput("token", "invalid.token.unusable"));
        User user = users.findById(used.userId()).filter(person -> !person.isDisabled())
                .orElseThrow(() -> new InvalidInput("token", "invalid.token.unusable"));
        if (used.purpose() == Purpose.CHANGE_EMAIL) {
            String newEmail = used.newEmail().orElseThrow();
            if (users.findByEmail(newEmail).filter(other -> !other.id().equals(user.id())).isPresent()) {
                throw new InvalidInput("token", "invalid.token.emailTaken");
            }
            String old = user.email();
            user.changeEmail(newEmail, now);
            users.saveAndFlush(user);
            events.record(SecurityEvents.Kind.EMAIL_CHANGED, user.id(), user.email(), null, "from " + old);
            // Sessions signed in with the old address end: the person signs in again with the new one.
            publisher.publishEvent(new EverySessionEnds(user.id(), old));
        } else if (user.verifyEmail(now)) {
            events.record(SecurityEvents.Kind.EMAIL_VERIFIED, user.id(), user.email(), null, null);
        }
        return user;
    }

    /**
     * Mails a password reset link to the address if an account has it and is not disabled (the
     * earlier links stop working) and fewer than {@link #MAILS_PER_WINDOW} went out within the hour;
     * whatever the address, the caller answers the same. The sign-in throttle does not stop it: a
     * person locked out by someone guessing is the one who needs it.
     */
    @Transactional
    public void requestPasswordReset(String email, Locale language) {
        InputChecks checks = new InputChecks();
        String address = checkedEmail(checks, "email", email);
        checks.done();
        Instant now = clock.instant();
        users.findByEmail(User.normalise(address)).filter(user -> !user.isDisabled())
                .filter(user -> tokens.issuedSince(Purpose.RESET_PASSWORD, user.id(), now.minus(MAIL_WINDOW)) < MAILS_PER_WINDOW)
                .ifPresent(user -> publisher.publishEvent(new PasswordResetRequested(user.id(), user.email(),
                        user.displayName(), tokens.issue(Purpose.RESET_PASSWORD, user.id(), null, now), language)));
    }

    /**
     * Follows a reset link: the new password replaces the old one, the address counts as verified
     * (the link was read there) and its sign-in throttle is lifted. A token unknown, used, replaced or
     * expired is refused naming {@code token}, a weak password naming {@code password}; either way
     * the token stays as it was. The account's access tokens stay valid.
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        Instant now = clock.instant();
        User user = tokens.peek(token, now, Purpose.RESET_PASSWORD)
                .flatMap(found -> users.findById(found.userId())).filter(person -> !person.isDisabled())
                .orElseThrow(() -> new InvalidInput("token", "invalid.token.unusable"));
        PasswordRules.check("password", newPassword, user.email(), user.displayName());
        if (tokens.use(token, now, Purpose.RESET_PASSWORD).isEmpty()) {
            throw new InvalidInput("token", "invalid.token.unusable");
        }
        user.changePassword(passwords.encode(newPassword));
        user.verifyEmail(now);
        users.saveAndFlush(user);
        events.record(SecurityEvents.Kind.PASSWORD_RESET, user.id(), user.email(), null, "through a mailed link");
        publisher.publishEvent(new PasswordChanged(user.id(), now, true));
        attempts.clearWithin(user.email());
    }

    /** The person renames themselves (1 to {@value #LONGEST_NAME} characters, else refused naming {@code name}). */
    @Transactional
    public User rename(UUID userId, String name) {
        InputChecks checks = new InputChecks();
        String displayName = checks.text("name", name, LONGEST_NAME);
        checks.done();
        User user = existing(userId);
        user.rename(displayName);
        return users.saveAndFlush(user);
    }

    /**
     * The person changes their password, giving the current one (a wrong one is refused naming
     * {@code currentPassword}, a weak new one naming {@code newPassword}). Access tokens stay valid.
     */
    @Transactional
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        User user = existing(userId);
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInput("currentPassword", "invalid.password.wrongCurrent");
        }
        PasswordRules.check("newPassword", newPassword, user.email(), user.displayName());
        user.changePassword(passwords.encode(newPassword));
        users.saveAndFlush(user);
        Instant now = clock.instant();
        events.record(SecurityEvents.Kind.PASSWORD_CHANGED, user.id(), user.email(), null, null);
        publisher.publishEvent(new PasswordChanged(user.id(), now, false));
    }

    /**
     * The person asks to move their account to a new address, giving their password (a wrong one is
     * refused naming {@code currentPassword}, a malformed address naming {@code newEmail}): a link
     * is mailed to the new address, and the old one is told. Nothing changes until the link is
     * followed ({@link #verifyEmail}); the old address signs in until then. An address another
     * account has is answered alike, but no link goes to it.
     */
    @Transactional
    public void requestEmailChange(UUID userId, String currentPassword, String newEmail, Locale language) {
        User user = existing(userId);
        InputChecks checks = new InputChecks();
        String address = checkedEmail(checks, "newEmail", newEmail);
        checks.check(currentPassword != null && passwords.matches(currentPassword, user.passwordHash()),
                "currentPassword", "invalid.password.wrongCurrent");
        checks.done();
        String wanted = User.normalise(address);
        if (wanted.equals(user.email())) {
            throw new InvalidInput("newEmail", "invalid.email.same");
        }
        Instant now = clock.instant();
        if (users.findByEmail(wanted).isEmpty()) {
            publisher.publishEvent(new EmailVerificationRequested(user.id(), wanted, user.displayName(),
                    tokens.issue(Purpose.CHANGE_EMAIL, user.id(), wanted, now), language, true));
        }
        publisher.publishEvent(new EmailChangeRequested(user.id(), user.email(), wanted, user.displayName(), language, now));
    }

    /**
     * Refused, as forbidden ({@code email-not-verified}), unless the account's address is verified:
     * a buyer who signed up orders only after following the link mailed to them.
     */
    @Transactional(readOnly = true)
    public void requireVerifiedEmail(UUID userId) {
        if (!existing(userId).isEmailVerified()) {
            throw new Forbidden("email-not-verified", "forbidden.emailNotVerified");
        }
    }

    private User existing(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new IllegalArgumentException("no account " + userId));
    }

    /** A plausible address of at most {@value #LONGEST_EMAIL} characters, stripped; null when wrong (noted in {@code checks}). */
    private static String checkedEmail(InputChecks checks, String field, String email) {
        if (email == null || email.isBlank()) {
            checks.check(false, field, "invalid.required");
            return null;
        }
        String address = email.strip();
        if (address.length() > LONGEST_EMAIL) {
            checks.check(false, field, "invalid.tooLong", LONGEST_EMAIL);
            return null;
        }
        return checks.check(address.matches("[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}]+\\.[^@\\s\\p{Cc}]+"), field, "invalid.email")
                ? address : null;
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

    /** These people, by id, in one statement (those who no longer exist left out). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, User> byIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return users.findAllById(java.util.Set.copyOf(ids)).stream()
                .collect(java.util.stream.Collectors.toMap(User::id, user -> user));
    }

    /** Everyone who holds the role, by e-mail: those told of what needs an administrator. */
    @Transactional(readOnly = true)
    public List<User> withRole(Role role) {
        return users.findWithRole(role);
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
