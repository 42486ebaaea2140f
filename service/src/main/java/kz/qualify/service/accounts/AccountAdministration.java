package kz.qualify.service.accounts;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.audit.AuditTrail;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to existing accounts: an account changes its own password; an administrator disables and
 * re-enables accounts, giving the reason, and sets a new — temporary — password for one. Each change
 * is one transaction that locks the account's row, makes the change and appends it to the audit
 * trail — which records who changed which account and why, never a password or its hash.
 */
@Service
class AccountAdministration {

    /** What a disabling without a reason is told, by the API's validation and by {@link #disable}. */
    /** The same words as the {@code @NotBlank} of the request's reason, for a body without one. */
    static final Message REASON_REQUIRED = Message.of("kz.qualify.account.reason-required");

    private final Accounts accounts;
    private final AuditTrail audit;

    AccountAdministration(Accounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * The caller's own password, after checking the current one. It is the account's own, so a
     * temporary password set by an administrator is replaced and the account may work again.
     */
    @Transactional
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        var account = accounts.findByUsername(actor.username())
                .orElseThrow(() -> ApiException.forbidden(Message.of("api.noAccount")));
        accounts.lock(account.id());
        var errors = new ArrayList<ApiException.FieldProblem>();
        if (!accounts.passwordMatches(account.id(), currentPassword)) {
            errors.add(ApiException.FieldProblem.of("currentPassword", Message.of("api.password.notCurrent")));
        }
        var problem = PasswordPolicy.problem(account.username(), newPassword);
        if (problem != null) {
            errors.add(ApiException.FieldProblem.of("newPassword", problem));
        } else if (newPassword.equals(currentPassword)) {
            errors.add(ApiException.FieldProblem.of("newPassword", Message.of("api.password.sameAsCurrent")));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST, "invalid-request", Message.of("api.password.notChanged"), errors);
        }
        accounts.setPassword(account.id(), newPassword, false);
        audit.append(
                actor.username(),
                "account.password-changed",
                "account",
                Long.toString(account.id()),
                null,
                new PasswordChange(account.username(), "the account itself", false));
    }

    /**
     * What the audit trail records of a password change: whose, by whom and whether the account must
     * change it (it is temporary) — not the password.
     */
    record PasswordChange(String username, String changedBy, boolean mustChangePassword) {}

    /**
     * A new password for another account, set by an administrator (no current password needed). It is
     * temporary: the administrator knows it, and whatever the account did with it would be recorded as
     * the account's own doing. Until the account replaces it with one only it knows ({@code PUT
     * /api/me/password}), every request but that and {@code GET /api/me} is refused
     * ({@link PasswordChangeRequirement}).
     */
    @Transactional
    public Account setPassword(Actor administrator, long id, String newPassword) {
        var account = accounts.lock(id).orElseThrow(() -> ApiException.notFound(account(id)));
        if (account.username().equals(administrator.username())) {
            throw ApiException.conflict("own-account", Message.of("api.account.changeOwnPassword"));
        }
        var problem = PasswordPolicy.problem(account.username(), newPassword);
        if (problem != null) throw ApiException.invalid("newPassword", problem);
        accounts.setPassword(id, newPassword, true);
        audit.append(
                administrator.username(),
                "account.password-set",
                "account",
                Long.toString(id),
                null,
                new PasswordChange(account.username(), "an administrator", true));
        return account;
    }

    /**
     * Disables an account, for the reason given (recorded in the audit trail): from now on every
     * request with its credentials answers 401, on every instance. Not the caller's own account, and
     * never the last enabled administrator — either would leave nobody able to administer the service.
     * An account already disabled stays as it is, and nothing is recorded.
     */
    @Transactional
    public Account disable(Actor administrator, long id, String reason) {
        if (reason.isBlank()) throw ApiException.invalid("reason", REASON_REQUIRED);
        long enabledAdministrators = accounts.lockAdministrators();
        var account = accounts.lock(id).orElseThrow(() -> ApiException.notFound(account(id)));
        if (account.username().equals(administrator.username())) {
            throw ApiException.conflict("own-account", Message.of("api.account.disableOwn"));
        }
        if (!account.enabled()) return account;
        if (account.role() == Actor.Role.ADMIN && enabledAdministrators <= 1) {
            throw ApiException.conflict("last-administrator", Message.of("api.account.lastAdministrator"));
        }
        var why = reason.strip();
        accounts.disable(account.id(), why, administrator.username());
        return recordEnabledChange(administrator, account, "account.disabled", why);
    }

    /** Enables a disabled account again, with the reason when one is given (recorded too). */
    @Transactional
    public Account enable(Actor administrator, long id, @Nullable String reason) {
        var account = accounts.lock(id).orElseThrow(() -> ApiException.notFound(account(id)));
        if (account.enabled()) return account;
        var why = reason == null || reason.isBlank() ? null : reason.strip();
        accounts.enable(account.id());
        return recordEnabledChange(administrator, account, "account.enabled", why);
    }

    private Account recordEnabledChange(Actor administrator, Account account, String action, @Nullable String reason) {
        var after = accounts.find(account.id()).orElseThrow();
        audit.append(
                administrator.username(),
                action,
                "account",
                Long.toString(account.id()),
                account,
                new EnabledChange(after, reason));
        return after;
    }

    /**
     * What the audit trail records as the state after disabling or enabling: the account's fields as
     * they are now (as in the state before) and the reason the administrator gave — null when none was
     * (enabling only).
     */
    record EnabledChange(
            @JsonUnwrapped Account account, @Nullable String reason) {}

    private static Message account(long id) {
        return Message.of("api.what.account", Arg.count("id", id));
    }
}
