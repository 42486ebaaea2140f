package kz.qualify.service.accounts;

import java.util.Collection;
import java.util.List;
import kz.qualify.service.web.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated account as Spring Security sees it. */
record AccountPrincipal(Account account, String passwordHash) implements UserDetails, Actor.Bearer {

    @Override
    public Actor actor() {
        return new Actor(account.username(), account.role(), account.organisationId());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
