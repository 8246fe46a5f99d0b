package org.summitplanner.app;

import java.io.Console;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.summitplanner.model.TeamRole;
import org.summitplanner.service.TeamService;
import org.summitplanner.service.OpenServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The commands that set up a team database on a PostgreSQL server. */
final class TeamCommands {

    /** The new member's password for team-user, when not asked on the console. */
    static final String NEW_PASSWORD_VARIABLE = "SUMMIT_NEW_PASSWORD";

    private TeamCommands() {
    }

    private static OpenServices openServer(Cli parent, String command) {
        if (parent.server() == null) {
            throw new Cli.UserError(command + " works on a team database: give --db postgresql://HOST[:PORT]/DATABASE "
                    + "and --user (the database's owner).");
        }
        return parent.open();
    }

    @Command(name = "team-setup", mixinStandardHelpOptions = true,
            description = "Bring a team database (--db postgresql://...) up to date and create the roles organiser, "
                    + "planner and printing with their rights. Run as the database's owner; safe to run again.")
    static final class Setup implements Callable<Integer> {
        @ParentCommand
        Cli parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (OpenServices database = openServer(parent, "team-setup")) {
                database.services().team().setup();
                spec.commandLine().getOut().println("The team roles are ready on " + database.server()
                        + ": add members with team-user NAME --role organiser|planner|printing");
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "team-user", mixinStandardHelpOptions = true,
            description = "Add a member to a team database with a role (or change a member's role and password). "
                    + "The new password is read from " + NEW_PASSWORD_VARIABLE + ", else asked twice on the console.")
    static final class User implements Callable<Integer> {
        @ParentCommand
        Cli parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The login name (lower-case letters, digits, '_').")
        String name;

        @Option(names = "--role", required = true, paramLabel = "organiser|planner|printing",
                description = "organiser (edits everything), planner (imports and edits attendees), "
                        + "printing (reads and prints).")
        String role;

        @Override
        public Integer call() {
            TeamRole teamRole = TeamRole.parse(role);
            TeamService.checkLoginName(name);
            char[] password = newPassword(name);
            try (OpenServices database = openServer(parent, "team-user")) {
                database.services().team().addUser(name, teamRole, password);
                spec.commandLine().getOut().println("\"" + name + "\" may now log in to " + database.server() + " as "
                        + teamRole.label());
                spec.commandLine().getOut().flush();
            } finally {
                Arrays.fill(password, '\0');
            }
            return 0;
        }

        private static char[] newPassword(String name) {
            String fromEnvironment = TeamLogin.environment.apply(NEW_PASSWORD_VARIABLE);
            if (fromEnvironment != null) {
                return fromEnvironment.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new Cli.UserError("No password for the new member \"" + name + "\": set " + NEW_PASSWORD_VARIABLE
                        + " or run the command in a terminal to be asked for it.");
            }
            char[] first = console.readPassword("New password for %s: ", name);
            char[] second = console.readPassword("The same again: ");
            if (first == null || !Arrays.equals(first, second)) {
                throw new Cli.UserError("The two passwords differ; nothing was changed.");
            }
            return first;
        }
    }
}
