package org.openspacemakers.marketplace.system;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.account.User;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request, as Spring Security holds them. A page session stores it in the
 * database (serialised): the password hash is erased once the sign-in checked it, so no session row
 * holds one.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final List<GrantedAuthority> authorities;
    private final boolean enabled;

    private SignedInUser(SignedInUser other, String displayName) {
        this.id = other.id;
        this.email = other.email;
        this.displayName = displayName;
        this.passwordHash = null;
        this.enabled = other.enabled;
        this.authorities = other.authorities;
    }

    /** The same person under a new name (they renamed themselves). */
    public SignedInUser renamed(String newName) {
        return new SignedInUser(this, newName);
    }

    SignedInUser(User user) {
        this.id = user.id();
        this.email = user.email();
        this.displayName = user.displayName();
        this.passwordHash = user.passwordHash();
        this.enabled = !user.isDisabled();
        this.authorities = user.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public boolean hasRole(Role role) {
        return authorities.stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** A disabled account signs in nowhere (checked with the password, and on each page request: {@code DisabledAccounts}). */
    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
