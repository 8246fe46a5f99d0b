package org.summitplanner.app;

import java.io.Console;

/**
 * Logs a command in to a team database. The password comes from the environment (for scripts) or
 * is asked on the console without echo; it is handed to the driver and cleared, never written
 * anywhere (not to settings, not to the log).
 */
final class TeamLogin {

    static final String PASSWORD_VARIABLE = "SUMMIT_PASSWORD";

    /** Reads the environment; tests give the passwords a script would set. */
    static volatile java.util.function.UnaryOperator<String> environment = System::getenv;

    private TeamLogin() {
    }

    static char[] password(String location, String user) {
        String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new Cli.UserError("No password for \"" + user + "\" on " + location + ": set " + PASSWORD_VARIABLE
                    + " or run the command in a terminal to be asked for it.");
        }
        char[] typed = console.readPassword("Password for %s on %s: ", user, location);
        if (typed == null) {
            throw new Cli.UserError("No password given for \"" + user + "\" on " + location + ".");
        }
        return typed;
    }
}
