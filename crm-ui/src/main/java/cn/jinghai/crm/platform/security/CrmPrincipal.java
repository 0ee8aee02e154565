package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** A signed-in user: Spring Security's view of a {@link UserAccount}, and the actor behind commands. */
public final class CrmPrincipal implements UserDetails {

    private final UserAccount account;
    private final boolean locked;

    public CrmPrincipal(UserAccount account, boolean locked) {
        this.account = account;
        this.locked = locked;
    }

    public Actor actor() {
        return new Actor(account.username(), account.role(), account.unitCode());
    }

    public Role role() {
        return account.role();
    }

    public String displayName() {
        return account.displayName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
