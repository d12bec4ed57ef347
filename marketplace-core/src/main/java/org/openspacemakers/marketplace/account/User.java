package org.openspacemakers.marketplace.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/** A person who signs in: buyer, maker, reviewer or administrator. */
@Entity
@Table(name = "users")
public class User {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    /** When the person showed they read mail at {@link #email}; null until then (a buyer who signed up). */
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    /** Null until first stored: tells Spring Data to insert rather than merge; then optimistic locking. */
    @Version
    private Long version;

    protected User() {
        // for JPA
    }

    /** An account whose address is taken as verified: one an administrator or the demo data made. */
    User(String email, String passwordHash, String displayName, Set<Role> roles, Instant createdAt) {
        this(email, passwordHash, displayName, roles, createdAt, createdAt);
    }

    /** @param emailVerifiedAt null for an account whose owner has yet to verify its address (sign-up) */
    User(String email, String passwordHash, String displayName, Set<Role> roles, Instant createdAt, Instant emailVerifiedAt) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user holds at least one role");
        }
        this.id = UUID.randomUUID();
        this.email = normalise(email);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
        this.emailVerifiedAt = emailVerifiedAt;
    }

    /** The person followed a link mailed to their address; returns whether it was not verified yet. */
    boolean verifyEmail(Instant at) {
        if (emailVerifiedAt != null) {
            return false;
        }
        emailVerifiedAt = at;
        return true;
    }

    /** The account moves to a new address, which the person has just shown they read. */
    void changeEmail(String newEmail, Instant verifiedAt) {
        this.email = normalise(newEmail);
        this.emailVerifiedAt = verifiedAt;
    }

    void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    void rename(String newName) {
        this.displayName = newName;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public java.util.Optional<Instant> emailVerifiedAt() {
        return java.util.Optional.ofNullable(emailVerifiedAt);
    }

    /** Stops the account working (its data stays); returns whether it worked until now. */
    boolean disable(Instant at) {
        if (disabledAt != null) {
            return false;
        }
        disabledAt = at;
        return true;
    }

    /** Lets a disabled account work again; returns whether it was disabled. */
    boolean enable() {
        boolean was = disabledAt != null;
        disabledAt = null;
        return was;
    }

    /**
     * Anonymises the account at its owner's request: the row stays for the orders, invoices and
     * unit trace that name its id, with nothing left of the person (an e-mail of the reserved
     * {@code .invalid} domain, which frees theirs, a password nobody knows, the buyer's role only)
     * and disabled, so that it signs in nowhere.
     */
    void erase(Instant at, String unusablePasswordHash) {
        this.email = erasedEmail(id);
        this.displayName = ERASED_NAME;
        this.passwordHash = unusablePasswordHash;
        this.roles.clear();
        this.roles.add(Role.BUYER);
        if (disabledAt == null) {
            disabledAt = at;
        }
        erasedAt = at;
    }

    /** The name an erased account shows. */
    public static final String ERASED_NAME = "Erased account";

    /** The e-mail an erased account is given: of the reserved {@code .invalid} domain, never delivered. */
    static String erasedEmail(UUID id) {
        return "erased-" + id + "@invalid";
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public java.util.Optional<Instant> erasedAt() {
        return java.util.Optional.ofNullable(erasedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public java.util.Optional<Instant> disabledAt() {
        return java.util.Optional.ofNullable(disabledAt);
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    /** Adds the role; returns whether the person did not hold it yet. */
    boolean grant(Role role) {
        return roles.add(role);
    }

    /** Takes the role away; a person keeps at least one (refused naming {@code role}). Returns whether they held it. */
    boolean revoke(Role role) {
        if (roles.contains(role) && roles.size() == 1) {
            throw new InvalidInput("role", "invalid.role.last");
        }
        return roles.remove(role);
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
