package kz.qualify.service;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;

/**
 * What someone at the server runs against a stopped service's store (or a PostgreSQL one shared with
 * running instances): {@code --verify-audit}, wrapped by the launcher as {@code ./qualify audit
 * verify}, and {@code --reset-admin-password[=USERNAME]}, as {@code ./qualify admin reset-password}.
 * Each says what it found in one line and exits with a code a script can tell apart (sysexits where
 * one fits); nothing is created where nothing was — a data folder or an embedded database that does
 * not exist is an error, not an empty store.
 */
public final class ServerCommands {

    static final String VERIFY_AUDIT = "--verify-audit";
    static final String RESET_ADMIN_PASSWORD = "--reset-admin-password";

    /** The chain is intact; the password was reset. */
    public static final int DONE = 0;
    /** The audit chain is broken. */
    public static final int BROKEN = 1;
    /** No store there: no data folder, no embedded database, no such PostgreSQL database, no audit key. */
    public static final int NO_STORE = 66;
    /** No administrator of that name. */
    public static final int NO_SUCH_ADMINISTRATOR = 67;
    /** The database cannot be reached (PostgreSQL down, wrong credentials). */
    public static final int UNAVAILABLE = 69;
    /** Anything else. */
    public static final int FAILED = 70;
    /** The embedded database is held by a running service: stop it first. */
    public static final int IN_USE = 75;

    /** The command a run of the jar asks for. */
    sealed interface Command {
        /** Profiles of the run: "command" switches off what serving needs, "verify-audit" any writing. */
        List<String> profiles();

        String failurePrefix();

        /** The {@link ServerCommand} bean that runs it. */
        String bean();

        @Nullable
        String argument();

        record VerifyAudit() implements Command {
            @Override
            public String bean() {
                return "verify-audit";
            }

            @Override
            public @Nullable String argument() {
                return null;
            }

            @Override
            public List<String> profiles() {
                return List.of("command", "verify-audit");
            }

            @Override
            public String failurePrefix() {
                return "cannot verify the audit trail: ";
            }
        }

        record ResetAdministratorPassword(@Nullable String username) implements Command {
            @Override
            public String bean() {
                return "reset-admin-password";
            }

            @Override
            public @Nullable String argument() {
                return username;
            }

            @Override
            public List<String> profiles() {
                return List.of("command");
            }

            @Override
            public String failurePrefix() {
                return "cannot reset the password: ";
            }
        }
    }

    private ServerCommands() {}

    /** The command among the arguments, removed from them; empty when the jar is to serve. */
    static Optional<Command> take(List<String> arguments) {
        for (var it = arguments.listIterator(); it.hasNext(); ) {
            var a = it.next();
            if (a.equals(VERIFY_AUDIT)) {
                it.remove();
                return Optional.of(new Command.VerifyAudit());
            }
            if (a.equals(RESET_ADMIN_PASSWORD) || a.startsWith(RESET_ADMIN_PASSWORD + "=")) {
                it.remove();
                var name = a.length() > RESET_ADMIN_PASSWORD.length()
                        ? a.substring(RESET_ADMIN_PASSWORD.length() + 1).strip()
                        : "";
                return Optional.of(new Command.ResetAdministratorPassword(name.isEmpty() ? null : name));
            }
        }
        return Optional.empty();
    }

    /** Runs the command and returns its exit code; what it found on {@code out}, a failure on {@code err}. */
    static int run(Command command, List<String> arguments, PrintStream out, PrintStream err) {
        var args = new ArrayList<>(arguments);
        args.add("--spring.main.web-application-type=none");
        // one line for a person, not a log: a failure is told below, without its stack trace
        if (args.stream().noneMatch(a -> a.startsWith("--logging.level.root"))) {
            args.add("--logging.level.root=OFF");
        }
        var app = new SpringApplication(QualifyApplication.class);
        app.setAdditionalProfiles(command.profiles().toArray(String[]::new));
        var store = new Store();
        app.addListeners(store);
        try (var context = app.run(args.toArray(String[]::new))) {
            return context.getBean(command.bean(), ServerCommand.class).run(command.argument(), out);
        } catch (RuntimeException e) {
            var failure = Failure.of(e, store, command);
            err.println(command.failurePrefix() + failure.getMessage());
            return failure.code();
        }
    }

    /**
     * Where the command looks, resolved as the service would resolve it: the data folder must exist,
     * and an embedded database is opened only if it exists ({@code IFEXISTS}), never created empty.
     */
    static final class Store implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
        @Nullable
        Path dataDir;

        @Nullable
        String url;

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            var environment = event.getEnvironment();
            dataDir = Path.of(environment.getProperty("qualify.data-dir", "data/qualify"))
                    .toAbsolutePath()
                    .normalize();
            url = environment.getProperty("spring.datasource.url", "");
            if (!Files.isDirectory(dataDir)) {
                throw new Failure(
                        NO_STORE,
                        "there is no data folder " + dataDir
                                + " (give the service's with --qualify.data-dir=…: its database, documents and"
                                + " audit key are there)");
            }
            if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS")) {
                environment
                        .getPropertySources()
                        .addFirst(new MapPropertySource(
                                "command-line store", Map.of("spring.datasource.url", url + ";IFEXISTS=TRUE")));
            }
        }
    }

    /** A failure told in one line, with its exit code. */
    public static final class Failure extends RuntimeException {
        private final int code;

        public Failure(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        int code() {
            return code;
        }

        static Failure of(Throwable thrown, Store store, Command command) {
            for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
                if (t instanceof Failure f) return f;
                if (t instanceof SQLException sql) return of(sql, store, command);
            }
            return new Failure(FAILED, rootMessage(thrown));
        }

        // H2's error codes (org.h2.api.ErrorCode), by number: the driver is not on the compile path
        private static final int H2_DATABASE_ALREADY_OPEN = 90020;
        private static final int H2_DATABASE_NOT_FOUND = 90013;
        private static final int H2_DATABASE_NOT_FOUND_WITH_IF_EXISTS = 90146;

        private static Failure of(SQLException sql, Store store, Command command) {
            var state = sql.getSQLState() == null ? "" : sql.getSQLState();
            if (sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return new Failure(
                        IN_USE,
                        "the embedded database in " + store.dataDir + " is in use by a running service: stop it first"
                                + (command instanceof Command.VerifyAudit
                                        ? ", or ask the running service (GET /api/audit/verify, as an administrator)"
                                        : ""));
            }
            if (sql.getErrorCode() == H2_DATABASE_NOT_FOUND
                    || sql.getErrorCode() == H2_DATABASE_NOT_FOUND_WITH_IF_EXISTS) {
                return new Failure(
                        NO_STORE,
                        "there is no embedded database in " + store.dataDir
                                + " (is it the service's data folder? give it with --qualify.data-dir=…)");
            }
            if (state.equals("3D000")) {
                return new Failure(NO_STORE, "the database of " + store.url + " does not exist");
            }
            if (state.startsWith("08") || state.startsWith("28")) {
                return new Failure(
                        UNAVAILABLE, "cannot connect to the database " + store.url + ": " + oneLine(sql.getMessage()));
            }
            return new Failure(FAILED, oneLine(sql.getMessage()));
        }

        private static String rootMessage(Throwable thrown) {
            Throwable root = thrown;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            var message = root.getMessage();
            return message == null ? root.getClass().getSimpleName() : oneLine(message);
        }

        private static String oneLine(@Nullable String message) {
            if (message == null) return "";
            var first = message.strip().lines().findFirst().orElse("");
            return first;
        }
    }
}
