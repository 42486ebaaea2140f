package kz.qualify.service.accounts;

import java.io.PrintStream;
import kz.qualify.service.ServerCommand;
import kz.qualify.service.ServerCommands;
import kz.qualify.service.audit.AuditTrail;
import kz.qualify.service.web.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A way back in for an administrator who lost their password, for someone with access to the server:
 * {@code --reset-admin-password[=USERNAME]} ({@code ./qualify admin reset-password [USERNAME]}),
 * for {@code qualify.admin.username} when no name is given. The administrator gets a new generated
 * password, temporary — it must be replaced at the first login — and the username's failed logins
 * and lock-out are forgotten. The audit trail records the reset, by "console", never the password.
 */
@Component("reset-admin-password")
@Profile("command")
class AdministratorRecovery implements ServerCommand {

    /** Who a reset is recorded as: someone at the server's console, outside the accounts. */
    static final String CONSOLE = "console";

    private final Accounts accounts;
    private final LoginFailures failures;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Environment environment;

    AdministratorRecovery(
            Accounts accounts,
            LoginFailures failures,
            AuditTrail audit,
            TransactionTemplate transaction,
            Environment environment) {
        this.accounts = accounts;
        this.failures = failures;
        this.audit = audit;
        this.transaction = transaction;
        this.environment = environment;
    }

    @Override
    public int run(@Nullable String username, PrintStream out) {
        var name = username != null ? username : environment.getProperty("qualify.admin.username", "admin");
        var reset = transaction.execute(status -> resetPassword(name));
        out.println("new temporary password for the administrator '" + name + "': " + reset.temporaryPassword());
        out.println("it must be replaced at the first login (the web UI asks for a new one);"
                + " the audit trail records the reset"
                + (reset.disabled() ? "; the account is disabled: another administrator must enable it" : ""));
        return ServerCommands.DONE;
    }

    /** The outcome: the new temporary password, and whether the account is disabled. */
    record Reset(String temporaryPassword, boolean disabled) {
        @Override
        public String toString() {
            return "Reset[…]"; // never the password in a log
        }
    }

    private Reset resetPassword(String username) {
        var account = accounts.findByUsername(username)
                .filter(a -> a.role() == Actor.Role.ADMIN)
                .flatMap(a -> accounts.lock(a.id()))
                .orElseThrow(() -> new ServerCommands.Failure(
                        ServerCommands.NO_SUCH_ADMINISTRATOR, "there is no administrator '" + username + "'"));
        var password = PasswordPolicy.generate();
        accounts.setPassword(account.id(), password, true);
        failures.forget(account.username());
        audit.append(
                CONSOLE,
                "account.password-reset",
                "account",
                Long.toString(account.id()),
                null,
                new AccountAdministration.PasswordChange(account.username(), "someone at the server's console", true));
        return new Reset(password, !account.enabled());
    }
}
