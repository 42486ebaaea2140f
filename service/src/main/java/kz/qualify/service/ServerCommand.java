package kz.qualify.service;

import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * One of the jar's command-line modes ({@link ServerCommands}), as a bean of the module it belongs
 * to, named as its option without the dashes ({@code verify-audit}), present in the "command"
 * profile only. It says what it found on {@code out} and returns the exit code; a failure is a
 * {@link ServerCommands.Failure} with its own code.
 */
public interface ServerCommand {

    /**
     * Runs the command in the started application context.
     *
     * @param argument what followed the option's {@code =}, or null
     */
    int run(@Nullable String argument, PrintStream out);
}
