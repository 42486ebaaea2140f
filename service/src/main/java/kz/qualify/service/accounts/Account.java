package kz.qualify.service.accounts;

import kz.qualify.service.web.Actor;
import org.jspecify.annotations.Nullable;

/**
 * A user account (the password hash never leaves the repository). {@code mustChangePassword}: the
 * password was set by an administrator and is temporary — until the account changes it, it may only
 * ask who it is and change it.
 */
public record Account(
        long id,
        String username,
        Actor.Role role,
        @Nullable Long organisationId,
        boolean enabled,
        boolean mustChangePassword) {}
