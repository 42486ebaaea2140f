package kz.qualify.service.web;

import kz.qualify.message.Message;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is making a request: the account's username, its role and, for applicants, the one
 * organisation it is bound to. The accounts module's principal carries one.
 */
public record Actor(String username, Role role, @Nullable Long organisationId) {

    /** The roles of the service. */
    public enum Role {
        APPLICANT,
        OFFICER,
        ADMIN
    }

    /** Implemented by the authenticated principal. */
    public interface Bearer {
        Actor actor();
    }

    public static Actor of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Bearer b) return b.actor();
        throw ApiException.forbidden(Message.of("api.noAccount"));
    }

    public static Actor current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public boolean isStaff() {
        return role == Role.OFFICER || role == Role.ADMIN;
    }

    public boolean is(Role r) {
        return role == r;
    }

    /**
     * Fails unless this actor may see the organisation's things: staff always, applicants only their
     * own. A foreign id answers 404, so ids of other organisations are not disclosed.
     */
    public void requireOrganisation(long organisationId, Message what) {
        if (isStaff()) return;
        if (organisationId == 0 || organisationId != (organisationId() == null ? -1 : organisationId())) {
            throw ApiException.notFound(what);
        }
    }
}
