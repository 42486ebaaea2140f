package kz.qualify.service.accounts;

import java.util.function.Supplier;
import kz.qualify.message.Message;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The rule for every request that needs a login, but asking who one is ({@code GET /api/me}) and
 * changing one's own password ({@code PUT /api/me/password}): the caller must be authenticated and
 * must not hold a temporary password. A password an administrator set is temporary — the
 * administrator knows it — until the account replaces it with its own. Whether it is temporary is
 * read with the credentials from the database on every request, so every instance agrees at once.
 *
 * <p>The refusal is data ({@link PasswordChangeRequired}), which the access-denied handler turns into
 * a 403 {@code password-change-required} problem rather than a bare {@code forbidden}.
 */
final class PasswordChangeRequirement implements AuthorizationManager<RequestAuthorizationContext> {

    static final String PROBLEM_TYPE = "password-change-required";
    static final Message PROBLEM_DETAIL = Message.of("api.password.temporary");

    private final AuthenticatedAuthorizationManager<RequestAuthorizationContext> authenticated =
            AuthenticatedAuthorizationManager.authenticated();

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends @Nullable Authentication> authentication, RequestAuthorizationContext request) {
        var result = authenticated.authorize(authentication, request);
        if (!result.isGranted()) return result;
        var who = authentication.get();
        if (who != null
                && who.getPrincipal() instanceof AccountPrincipal p
                && p.account().mustChangePassword()) {
            return new PasswordChangeRequired();
        }
        return result;
    }

    /** A refusal because the account's password is temporary and must be changed first. */
    static final class PasswordChangeRequired extends AuthorizationDecision {
        PasswordChangeRequired() {
            super(false);
        }
    }
}
