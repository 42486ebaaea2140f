package kz.qualify.service.audit;

import java.io.PrintStream;
import kz.qualify.service.ServerCommand;
import kz.qualify.service.ServerCommands;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** {@code --verify-audit} ({@code ./qualify audit verify}): the verification, in one line, and its exit code. */
@Component("verify-audit")
@Profile("command")
class AuditVerificationCommand implements ServerCommand {

    private final AuditVerification verification;

    AuditVerificationCommand(AuditVerification verification) {
        this.verification = verification;
    }

    @Override
    public int run(@Nullable String argument, PrintStream out) {
        AuditVerification.Result result;
        try {
            result = verification.verify();
        } catch (AuditUnverifiable e) {
            throw new ServerCommands.Failure(ServerCommands.NO_STORE, String.valueOf(e.getMessage()));
        }
        out.println(result.describe());
        return result.intact() ? ServerCommands.DONE : ServerCommands.BROKEN;
    }
}
