package org.openspacemakers.marketplace.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's part of a person's own data (the privacy notice's rights of access and
 * erasure): what it holds of them, and its erasure. The other modules' parts and the checks that
 * span them are assembled by {@code privacy.PersonalData}.
 */
@Service
public class AccountRecords {

    /** The account as its owner's data export shows it. */
    public record AccountPart(UUID id, String email, String name, Set<Role> roles, Instant createdAt,
            Optional<Instant> emailVerifiedAt, Optional<Instant> disabledAt, List<AddressFields> addresses, List<TokenPart> accessTokens,
            List<SecurityEvents.Event> securityEvents) {
    }

    /** An access token as its owner's export shows it: never its hash. */
    public record TokenPart(String name, String prefix, TokenScope scope, Instant createdAt, Instant expiresAt,
            Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {
    }

    private final UserRepository users;
    private final AddressBook addresses;
    private final AccessTokens tokens;
    private final SecurityEvents events;
    private final SignInAttempts attempts;
    private final AccountTokens mailedTokens;
    private final PasswordEncoder passwords;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    AccountRecords(UserRepository users, AddressBook addresses, AccessTokens tokens, SecurityEvents events,
            SignInAttempts attempts, AccountTokens mailedTokens, PasswordEncoder passwords, EntityManager entityManager,
            Clock clock, ApplicationEventPublisher publisher) {
        this.mailedTokens = mailedTokens;
        this.publisher = publisher;
        this.users = users;
        this.addresses = addresses;
        this.tokens = tokens;
        this.events = events;
        this.attempts = attempts;
        this.passwords = passwords;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** How long the security events are kept (the privacy notice says so). */
    public static final Duration SECURITY_EVENTS_KEPT = Duration.ofDays(365);
    /** How long a mailed link is kept once it stopped working (it proves nothing after). */
    public static final Duration ENDED_LINKS_KEPT = Duration.ofDays(1);

    /**
     * Forgets what the privacy notice says is kept for a while only: security events after
     * {@link #SECURITY_EVENTS_KEPT}, mailed links a day after they stopped working. How many rows went.
     */
    @Transactional
    public int forgetExpired() {
        Instant now = clock.instant();
        return events.forgetBefore(now.minus(SECURITY_EVENTS_KEPT)) + mailedTokens.forgetEndedBefore(now.minus(ENDED_LINKS_KEPT));
    }

    /** What the account module holds of the person; not found for no account. */
    @Transactional(readOnly = true)
    public AccountPart of(UUID person) {
        User user = users.findById(person).orElseThrow(NotFound::new);
        return new AccountPart(user.id(), user.email(), user.displayName(), user.roles(), user.createdAt(),
                user.emailVerifiedAt(), user.disabledAt(),
                addresses.of(person).stream().map(Address::fields).toList(),
                tokens.of(person).stream().map(t -> new TokenPart(t.name(), t.prefix(), t.scope(), t.createdAt(),
                        t.expiresAt(), t.lastUsedAt(), t.revokedAt())).toList(),
                events.about(person, user.email()));
    }

    /**
     * Locks the person's account for its erasure, in the caller's transaction, once their password
     * is checked (refused naming {@code password}); the last administrator is not erased (a conflict):
     * the store keeps one. Returns the e-mail the account had.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String lockForErasure(UUID person, String rawPassword) {
        User user = users.findById(person).filter(u -> !u.isErased()).orElseThrow(NotFound::new);
        if (!matches(rawPassword, user.passwordHash())) {
            throw new InvalidInput("password", "invalid.password.wrong");
        }
        // Administrators are counted under a lock on their role, as People.revoke does.
        entityManager.createNativeQuery("SELECT user_id FROM user_roles WHERE role = 'ADMIN' FOR UPDATE").getResultList();
        User locked = entityManager.find(User.class, person, LockModeType.PESSIMISTIC_WRITE);
        if (locked.hasRole(Role.ADMIN) && users.countWithRole(Role.ADMIN) <= 1) {
            throw new Conflict(Conflict.INVALID_STATE, "conflict.erasure.lastAdministrator");
        }
        return locked.email();
    }

    /**
     * Every address the account has had or asked for, the current one first: the mails to any of
     * them are the person's too. Former ones come from the recorded address changes, the ones asked
     * for from the links mailed to them. In the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<String> addressesOf(UUID person) {
        User user = users.findById(person).orElseThrow(NotFound::new);
        Set<String> all = new java.util.LinkedHashSet<>();
        all.add(user.email());
        all.addAll(events.formerEmails(person));
        all.addAll(mailedTokens.newEmailsOf(person));
        return all;
    }

    /** Whether the typed password is the account's; one too long for the hash (BCrypt reads 72 bytes) is not. */
    private boolean matches(String rawPassword, String hash) {
        if (rawPassword == null || rawPassword.isEmpty()
                || rawPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            return false;
        }
        return passwords.matches(rawPassword, hash);
    }

    /**
     * Erases the account locked by {@link #lockForErasure}, in the caller's transaction: the row is
     * anonymised and disabled, the address book, access tokens, mailed links and the sign-in counts
     * of its addresses ({@link #addressesOf}) are deleted, the security events keep their account id
     * but lose the addresses, and its page sessions end on every node once this commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(UUID person) {
        User user = entityManager.find(User.class, person, LockModeType.PESSIMISTIC_WRITE);
        if (user == null || user.isErased()) {
            throw new NotFound();
        }
        String email = user.email();
        Instant now = clock.instant();
        addresses.removeAllOf(person);
        tokens.deleteAllOf(person);
        for (String address : addressesOf(person)) {
            attempts.forget(address);
            events.forgetEmail(person, address, User.erasedEmail(person));
        }
        mailedTokens.deleteAllOf(person);
        user.erase(now, passwords.encode(UUID.randomUUID().toString()));
        entityManager.flush();
        events.record(SecurityEvents.Kind.ACCOUNT_ERASED, person, null, null, "at the person's request");
        publisher.publishEvent(new EverySessionEnds(person, email));
    }
}
