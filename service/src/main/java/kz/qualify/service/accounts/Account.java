package kz.qualify.service.accounts;

import kz.qualify.service.web.Actor;
import org.jspecify.annotations.Nullable;

/** A user account (the password hash never leaves the repository). */
public record Account(
        long id, String username, Actor.Role role, @Nullable Long organisationId, boolean enabled) {}
