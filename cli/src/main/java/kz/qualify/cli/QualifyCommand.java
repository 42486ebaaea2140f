package kz.qualify.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code qualify}: the qualification requirements of Decree № 967 (2012) on the command line. */
@Command(
        name = "qualify",
        mixinStandardHelpOptions = true,
        version = "qualify 0.1.0",
        description =
                "Checks licence applicants against the qualification requirements of Decree № 967 of 24 July 2012.",
        subcommands = {
            RequirementsCommand.class,
            CheckCommand.class,
            ActCommand.class,
            ImportStaffCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nCommands of the ./qualify launcher (they run the licensing service's jar):%n",
        footer = {
            "  serve [--port N]            the licensing service on http://localhost:8080 (embedded database by default)",
            "  audit verify                verify the audit trail (exit codes: service/README.md)",
            "  admin reset-password [USER] a new temporary password for an administrator",
            "",
            "Every command answers --help (e.g. ./qualify check --help)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:compliant",
            "1:non-compliant",
            "2:needs the officer's review",
            "3:not eligible, or no edition in force on the date",
            "64:usage error",
            "65:invalid dossier",
            "74:a file could not be read"
        })
public final class QualifyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(
                args,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command with the given streams; returns the exit code (tests call this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        var cl = new CommandLine(new QualifyCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, ignored) -> {
            var c = ex.getCommandLine();
            c.getErr().println("qualify: " + ex.getMessage());
            c.getErr()
                    .println("Try 'qualify "
                            + c.getCommandName().replace("qualify", "").strip() + " --help'.".replace("  ", " "));
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // No stack traces for people: say what went wrong in one line.
            commandLine.getErr().println("qualify: " + ex.getMessage());
            return ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException
                    ? ExitCodes.IO_ERROR
                    : 70;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
