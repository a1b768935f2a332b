package org.svyaz.users.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.svyaz.schema.tables.records.AppUserRecord;
import org.svyaz.users.Role;

/** The logged-in user as Spring Security keeps it in the session: little more than the id. */
final class SvyazUserDetails implements UserDetails, CredentialsContainer {

    private final UUID id;
    private final String userName;
    private final Role role;
    private final boolean enabled;
    private String passwordHash;

    SvyazUserDetails(UUID id, String userName, Role role, boolean enabled, String passwordHash) {
        this.id = id;
        this.userName = userName;
        this.role = role;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    static SvyazUserDetails of(AppUserRecord user) {
        return new SvyazUserDetails(user.getId(), user.getUserName(), Role.valueOf(user.getUserRole()), user.getEnabled(),
                user.getPasswordHash());
    }

    UUID id() {
        return id;
    }

    Role role() {
        return role;
    }

    /** The role, and each of its permissions by name, so that URL rules and pages can ask for a permission. */
    static List<GrantedAuthority> authoritiesOf(Role role) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        role.permissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.name())));
        return authorities;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(role);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return userName;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
