package kz.qualify.service.accounts;

import java.util.ArrayList;
import kz.qualify.service.audit.AuditTrail;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to existing accounts: an account changes its own password; an administrator disables and
 * re-enables accounts and sets a new password for one. Each change is one transaction that locks the
 * account's row, makes the change and appends it to the audit trail — which records who changed
 * which account, never a password or its hash.
 */
@Service
class AccountAdministration {

    private final Accounts accounts;
    private final AuditTrail audit;

    AccountAdministration(Accounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The caller's own password, after checking the current one. */
    @Transactional
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        var account = accounts.findByUsername(actor.username()).orElseThrow(() -> ApiException.forbidden("no account"));
        accounts.lock(account.id());
        var errors = new ArrayList<ApiException.FieldProblem>();
        if (!accounts.passwordMatches(account.id(), currentPassword)) {
            errors.add(new ApiException.FieldProblem("currentPassword", "does not match your current password"));
        }
        var problem = PasswordPolicy.problem(account.username(), newPassword);
        if (problem != null) {
            errors.add(new ApiException.FieldProblem("newPassword", problem));
        } else if (newPassword.equals(currentPassword)) {
            errors.add(new ApiException.FieldProblem("newPassword", "must differ from the current password"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-request", "the password was not changed", errors);
        }
        accounts.setPassword(account.id(), newPassword);
        audit.append(
                actor.username(),
                "account.password-changed",
                "account",
                Long.toString(account.id()),
                null,
                new PasswordChange(account.username(), "the account itself"));
    }

    /** What the audit trail records of a password change: whose, and by whom — not the password. */
    record PasswordChange(String username, String changedBy) {}

    /** A new password for another account, set by an administrator (no current password needed). */
    @Transactional
    public Account setPassword(Actor administrator, long id, String newPassword) {
        var account = accounts.lock(id).orElseThrow(() -> ApiException.notFound("account " + id));
        if (account.username().equals(administrator.username())) {
            throw ApiException.conflict(
                    "own-account", "change your own password with PUT /api/me/password, giving the current one");
        }
        var problem = PasswordPolicy.problem(account.username(), newPassword);
        if (problem != null) throw ApiException.invalid("newPassword", problem);
        accounts.setPassword(id, newPassword);
        audit.append(
                administrator.username(),
                "account.password-set",
                "account",
                Long.toString(id),
                null,
                new PasswordChange(account.username(), "an administrator"));
        return account;
    }

    /**
     * Disables an account: from now on every request with its credentials answers 401, on every
     * instance. Not the caller's own account, and never the last enabled administrator — either
     * would leave nobody able to administer the service.
     */
    @Transactional
    public Account disable(Actor administrator, long id) {
        long enabledAdministrators = accounts.lockAdministrators();
        var account = accounts.lock(id).orElseThrow(() -> ApiException.notFound("account " + id));
        if (account.username().equals(administrator.username())) {
            throw ApiException.conflict("own-account", "an administrator cannot disable their own account");
        }
        if (!account.enabled()) return account;
        if (account.role() == Actor.Role.ADMIN && enabledAdministrators <= 1) {
            throw ApiException.conflict(
                    "last-administrator", "the last enabled administrator cannot be disabled; enable another first");
        }
        return changeEnabled(administrator, account, false, "account.disabled");
    }

    /** Enables a disabled account again. */
    @Transactional
    public Account enable(Actor administrator, long id) {
        var account = accounts.lock(id).orElseThrow(() -> ApiException.notFound("account " + id));
        if (account.enabled()) return account;
        return changeEnabled(administrator, account, true, "account.enabled");
    }

    private Account changeEnabled(Actor administrator, Account account, boolean enabled, String action) {
        accounts.setEnabled(account.id(), enabled);
        var after = accounts.find(account.id()).orElseThrow();
        audit.append(administrator.username(), action, "account", Long.toString(account.id()), account, after);
        return after;
    }
}
