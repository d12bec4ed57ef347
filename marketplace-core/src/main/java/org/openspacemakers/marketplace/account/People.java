package org.openspacemakers.marketplace.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.refusal.Forbidden;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' view of the people with an account: found by e-mail or name, given roles and
 * relieved of them, each change in the security events. A page or token signed in keeps the roles
 * it signed in with until it signs in again; the API reads them on every request.
 */
@Service
public class People {

    /** The most people one search lists. */
    public static final int MAX_FOUND = 100;
    /** The most of a search's words that count: an e-mail address's longest. */
    public static final int LONGEST_SEARCH = 254;

    private final UserRepository users;
    private final SecurityEvents events;
    private final AccessTokens tokens;
    private final EntityManager entityManager;
    private final java.time.Clock clock;
    private final ApplicationEventPublisher publisher;

    People(UserRepository users, SecurityEvents events, AccessTokens tokens, EntityManager entityManager,
            java.time.Clock clock, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.users = users;
        this.events = events;
        this.tokens = tokens;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * An administrator disables an account: it signs in nowhere from now on, its access tokens are
     * revoked, and its page sessions end on every node ({@link EverySessionEnds}); its orders, invoices and unit trace
     * stay. An administrator does not disable their own account (refused naming {@code account}).
     */
    @Transactional
    public User disable(UUID administrator, UUID personId) {
        User admin = requireAdministrator(administrator);
        if (admin.id().equals(personId)) {
            throw new InvalidInput("account", "invalid.account.disableSelf");
        }
        User person = lock(personId);
        if (person.disable(clock.instant())) {
            int revoked = tokens.revokeAllOf(person.id());
            events.record(SecurityEvents.Kind.ACCOUNT_DISABLED, person.id(), person.email(), null,
                    "by " + admin.email() + ", " + revoked + " token(s) revoked");
            publisher.publishEvent(new EverySessionEnds(person.id(), person.email()));
        }
        return person;
    }

    /**
     * An administrator lets a disabled account work again (its revoked tokens stay revoked); an
     * account erased at its owner's request stays disabled (refused naming {@code account}).
     */
    @Transactional
    public User enable(UUID administrator, UUID personId) {
        User admin = requireAdministrator(administrator);
        User person = lock(personId);
        if (person.isErased()) {
            throw new InvalidInput("account", "invalid.account.erased");
        }
        if (person.enable()) {
            events.record(SecurityEvents.Kind.ACCOUNT_ENABLED, person.id(), person.email(), null, "by " + admin.email());
        }
        return person;
    }

    /** Whether the account is disabled now (a page session asks it on each request). */
    @Transactional(readOnly = true)
    public boolean isDisabled(UUID personId) {
        return users.isDisabled(personId);
    }

    /** People whose e-mail or name contains the words (all of them when none; no more than an e-mail's length of them), by e-mail. */
    @Transactional(readOnly = true)
    public List<User> search(String words) {
        String typed = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        typed = typed.substring(0, Math.min(typed.length(), LONGEST_SEARCH));
        String escaped = typed.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return users.search("%" + escaped + "%", PageRequest.of(0, MAX_FOUND));
    }

    /** An administrator gives the person a role (a change in the security events when they did not hold it). */
    @Transactional
    public User grant(UUID administrator, UUID personId, Role role) {
        User admin = requireAdministrator(administrator);
        User person = lock(personId);
        if (person.grant(role)) {
            events.record(SecurityEvents.Kind.ROLE_GRANTED, person.id(), person.email(), null, role + " by " + admin.email());
        }
        return person;
    }

    /**
     * An administrator takes a role away. The store keeps an administrator: the last one's ADMIN
     * role is refused (naming {@code role}), as is a person's last role; nothing changes then.
     */
    @Transactional
    public User revoke(UUID administrator, UUID personId, Role role) {
        User admin = requireAdministrator(administrator);
        if (role == Role.ADMIN) {
            // Administrators are counted under a lock on their role, so that two revoking each other cannot both succeed.
            entityManager.createNativeQuery("SELECT user_id FROM user_roles WHERE role = 'ADMIN' FOR UPDATE").getResultList();
        }
        User person = lock(personId);
        if (role == Role.ADMIN && person.hasRole(Role.ADMIN) && users.countWithRole(Role.ADMIN) <= 1) {
            throw new InvalidInput("role", "invalid.role.lastAdministrator");
        }
        if (person.revoke(role)) {
            events.record(SecurityEvents.Kind.ROLE_REVOKED, person.id(), person.email(), null, role + " by " + admin.email());
        }
        return person;
    }

    private User requireAdministrator(UUID administrator) {
        User admin = users.findById(administrator).orElseThrow(NotFound::new);
        if (!admin.hasRole(Role.ADMIN)) {
            throw new Forbidden("administrators-only", "forbidden.administratorsOnly");
        }
        return admin;
    }

    private User lock(UUID personId) {
        User person = entityManager.find(User.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (person == null) {
            throw new NotFound();
        }
        return person;
    }
}
