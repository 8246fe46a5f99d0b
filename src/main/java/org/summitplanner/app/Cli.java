package org.summitplanner.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.summitplanner.files.InputFile;
import org.summitplanner.files.OutputRefusedException;
import org.summitplanner.files.OutputTarget;
import org.slf4j.LoggerFactory;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitOverview;
import org.summitplanner.service.SummitService;
import org.summitplanner.service.OpenServices;
import org.summitplanner.service.Services;
import org.summitplanner.errors.DatabaseException;
import org.summitplanner.errors.DiskWriteException;
import org.summitplanner.summitfile.SummitFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The command line: with no command, the window; with one, a headless run.
 * Exit codes: 0 done, 2 bad usage or bad input (message on stderr), 1 anything unexpected.
 */
@Command(name = "summit-planner", mixinStandardHelpOptions = true, version = "Summit Planner 0.1",
        description = "Plan diplomatic summits. With no command, opens the window.",
        exitCodeOnInvalidInput = Cli.BAD_INPUT, exitCodeOnExecutionException = 1)
public final class Cli implements Callable<Integer> {

    public static final int BAD_INPUT = 2;

    /**
     * The commands, in the order the help lists them. Added to the command line by {@link #commandLine}
     * rather than through the annotation: picocli builds the model of every command it is given by
     * reflection before parsing, which was a third of a short command's start.
     */
    static final List<Class<?>> COMMANDS = List.of(Cli.Summits.class, Cli.Load.class, Cli.Export.class,
            Cli.Demo.class, CheckCommand.class, BadgesCommand.class, ImportCommand.class, PrintCommand.class,
            IcsCommand.class, HistoryCommand.class, TeamCommands.Setup.class, TeamCommands.User.class,
            ScheduleBilateralsCommand.class, PrecedenceCommand.class);

    /** The options of the main command that take a value (so that the value is not taken for a command). */
    private static final List<String> OPTIONS_WITH_VALUE = List.of("--db", "--user");

    private final AppPaths paths;

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file (default: ~/.summit-planner/planner.mv.db). "
                    + "\"x\" means x.mv.db; demo and load create it if missing, other commands refuse a missing file. Or a team database on a PostgreSQL "
                    + "server: postgresql://HOST[:PORT]/DATABASE (see --user).")
    String db;

    @Option(names = "--user", paramLabel = "NAME",
            description = "The login on a team database (default: your system user name). The password is read "
                    + "from the environment variable " + TeamLogin.PASSWORD_VARIABLE + ", else asked on the console; "
                    + "it is never stored.")
    String user;

    Cli(AppPaths paths) {
        this.paths = paths;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(AppPaths paths, String... args) {
        return run(paths, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to the given streams; for tests and tools. */
    public static int run(AppPaths paths, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(paths, args);
        // names, file names and messages quote user text: no control character reaches the terminal raw
        cli.setOut(TerminalText.escaping(out));
        cli.setErr(TerminalText.escaping(err));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // a full disk, wherever it surfaced (a rollback that could not run is attached to the first error)
            var diskWrite = DiskWriteException.in(e);
            if (diskWrite.isPresent()) {
                commandLine.getErr().println(diskWrite.get().getMessage());
                return BAD_INPUT;
            }
            // a team database's server refused a write the user's role may not make
            var refused = org.summitplanner.service.TeamService.refusal(e);
            if (refused.isPresent()) {
                commandLine.getErr().println(refused.get());
                return BAD_INPUT;
            }
            if (e instanceof UserError || e instanceof DatabaseException || e instanceof SummitFileException
                    || e instanceof IllegalArgumentException) {
                commandLine.getErr().println(e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof OutputRefusedException || e instanceof InputFile.InputRefusedException) {
                commandLine.getErr().println(e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof IOException) {
                commandLine.getErr().println(CliFiles.describe((IOException) e));
                return BAD_INPUT;
            }
            // anything else is our fault: the trace goes to the log, the user gets one line
            LoggerFactory.getLogger(Cli.class).error("Unexpected failure of {}", parseResult.originalArgs(), e);
            commandLine.getErr().println("Unexpected error: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : firstLine(e.getMessage())) + ". The details are in "
                    + paths.logFolder().resolve("summit-planner.log") + ".");
            return 1;
        });
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line for {@code args}: with the one command they name when they name one, with none when they
     * open the window (nothing but the main command's options and their values), else (help, a mistyped command)
     * with all, so that help lists them and picocli suggests the nearest name.
     */
    static CommandLine commandLine(AppPaths paths, String... args) {
        CommandLine cli = new CommandLine(new Cli(paths));
        if (opensWindow(args)) {
            return cli;
        }
        String named = commandNamed(args);
        for (Class<?> command : COMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            if (named == null || named.equals(name)) {
                cli.addSubcommand(name, command);
            }
        }
        return cli;
    }

    /** Whether {@code args} are only the main command's options, each with its value: the window, no command. */
    static boolean opensWindow(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUE.contains(arg) && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                i++;
            } else if (OPTIONS_WITH_VALUE.stream().noneMatch(o -> arg.startsWith(o + "="))) {
                return false;
            }
        }
        return true;
    }

    /** The first argument that is not an option of the main command or its value, if it names a command. */
    static String commandNamed(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                for (Class<?> command : COMMANDS) {
                    if (command.getAnnotation(Command.class).name().equals(arg)) {
                        return arg;
                    }
                }
                return null;
            } else if (OPTIONS_WITH_VALUE.stream().noneMatch(o -> arg.startsWith(o + "="))) {
                // -h, --help, -V, or an option picocli will refuse: it needs every command for its answer
                return null;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** No command: the window. */
    @Override
    public Integer call() {
        if (Services.isServer(db)) {
            Services.serverAddress(db);
            GuiLauncher.launch(paths, null, db, user);
        } else {
            GuiLauncher.launch(paths, db == null ? null : dbPath());
        }
        return 0;
    }

    /**
     * The database --db names (or the default file), opened for reading and writing, with its services.
     *
     * @throws UserError when the file does not exist: only {@link #openOrCreate} (demo, load) makes one
     */
    OpenServices open() {
        requireExisting();
        return Services.open(location(), access(false));
    }

    /** For commands that only read: a read-only database file is opened read-only instead of refused. */
    OpenServices openForReading() {
        requireExisting();
        return Services.open(location(), access(true));
    }

    /** For commands that never write (summits, export): a current file is opened only to read, once. */
    OpenServices openWithoutWriting() {
        requireExisting();
        return Services.openWithoutWriting(location(), access(true));
    }

    /** For the commands that add a summit (demo, load): a database file that does not exist is created. */
    OpenServices openOrCreate() {
        return Services.openForAddingSummit(location(), access(false));
    }

    /**
     * A mistyped --db must not leave an empty database and its folders behind, only to say that it
     * holds no summit: every command but demo and load (and the window) needs an existing file.
     */
    private void requireExisting() {
        Path file = databaseFile();
        if (file != null && !Files.exists(file)) {
            throw new UserError("no database at " + file + " (create one with `demo` or `load`)");
        }
    }

    private String location() {
        return Services.isServer(db) ? db : dbPath().toString();
    }

    private Services.Access access(boolean readOnly) {
        // the password is asked only when a team database is opened (TeamLogin), and cleared after
        return new Services.Access(userName(), () -> TeamLogin.password(server(), userName()), readOnly, status -> { });
    }

    /** The team database named by --db (postgresql://HOST[:PORT]/DB), or null when --db names a file (or nothing). */
    String server() {
        return Services.isServer(db) ? Services.serverAddress(db) : null;
    }

    /** The login for a team database: --user, else the system user name. */
    String userName() {
        return user != null ? user : System.getProperty("user.name");
    }

    /** The database file the command works on, for the output rule (never written over); null for a server. */
    Path databaseFile() {
        return Services.isServer(db) ? null : Services.dataFile(dbPath());
    }

    private Path dbPath() {
        if (db == null) {
            return paths.defaultDatabase();
        }
        try {
            return Path.of(db);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserError("\"" + db + "\" is not a database file name: " + e.getReason());
        }
    }

    /** A problem the user can fix; printed without a stack trace, exit code 2. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }

    @Command(name = "summits", mixinStandardHelpOptions = true,
            description = "List the summits in the database: id, name, days and counts.")
    static final class Summits implements Callable<Integer> {
        @ParentCommand
        Cli parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (OpenServices database = parent.openWithoutWriting()) {
                PrintWriter out = spec.commandLine().getOut();
                List<SummitOverview> overviews = database.summitOverviews();
                List<Summit> summits = overviews.stream().map(SummitOverview::summit).toList();
                // the name column fits the longest name, up to 70 characters (longer ones end in "…")
                int width = Math.min(70, Math.max(4, summits.stream().mapToInt(s -> s.name().length()).max().orElse(4)));
                String row = "%-4s  %-" + width + "s  %-23s  %7s  %9s  %5s  %6s%n";
                out.printf(row, "id", "name", "days", "nations", "attendees", "rooms", "agenda");
                for (SummitOverview o : overviews) {
                    Summit s = o.summit();
                    String days = s.firstDay().equals(s.lastDay()) ? s.firstDay().toString()
                            : s.firstDay() + ".." + s.lastDay();
                    String name = s.name().length() > width ? s.name().substring(0, width - 1) + "…" : s.name();
                    out.printf(row, s.id(), name, days, o.nationsTakingPart(), o.attendees(), o.rooms(), o.agendaItems());
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Read a summit file (JSON) into the database as a new summit and print its id. "
                    + "A file with any problem is refused whole and nothing is written.")
    static final class Load implements Callable<Integer> {
        @ParentCommand
        Cli parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE.json", description = "The summit file.")
        Path file;

        @Override
        public Integer call() throws Exception {
            InputFile.requireFile(file);
            Summit summit;
            NewDatabaseFile created = NewDatabaseFile.ifMissing(parent.databaseFile());
            if (created != null) {
                summit = created.load(file);
            } else {
                try (OpenServices database = parent.openOrCreate()) {
                    summit = database.summits().load(file);
                }
            }
            spec.commandLine().getOut().println(summit.id());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a summit to a summit file (JSON).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        Cli parent;

        @Option(names = "--summit", paramLabel = "ID|NAME",
                description = "The summit; may be left out when the database holds one.")
        String summit;

        @Parameters(paramLabel = "FILE.json", description = "Where to write it (replaced if it exists).")
        Path file;

        @Override
        public Integer call() throws IOException {
            OutputTarget target = SummitService.exportTarget(file, parent.databaseFile());
            try (OpenServices database = parent.openWithoutWriting()) {
                SummitService service = database.summits();
                service.export(service.find(summit).id(), target);
            }
            return 0;
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Add the demo summit (the Paris conference) to the database and print its id.")
    static final class Demo implements Callable<Integer> {
        @ParentCommand
        Cli parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--scale", paramLabel = "un",
                description = "\"un\": instead, a synthetic summit the size of a UN General Assembly week "
                        + "(193 delegations, 5,000 attendees, 40 rooms, 2,000 agenda items).")
        String scale;

        @Override
        public Integer call() {
            if (scale != null && !scale.equals("un")) {
                throw new UserError("Unknown scale \"" + scale + "\"; the only scale is: un");
            }
            Summit summit;
            try (OpenServices database = parent.openOrCreate()) {
                SummitService service = database.summits();
                summit = scale == null ? service.loadDemo() : service.loadScaleDemo();
            }
            // only once the database has closed, which writes the last changes, is the summit saved
            spec.commandLine().getOut().println(summit.id());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

}
