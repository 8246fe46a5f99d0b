package org.summitplanner.app;

/**
 * The entry point of the jar. Deliberately not a JavaFX Application, so that the jar runs from
 * the class path ("java -jar") and commands run without a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        AppPaths paths = AppPaths.fromSystem();
        paths.makePrivate();
        // before the first logger exists: app.logging.LogSetup reads these
        System.setProperty("summitplanner.logdir", paths.logFolder().toString());
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length > 0 && !isOnlyDatabaseOption(args)) {
            System.setProperty("summitplanner.console.level", "WARN");
        }
        System.exit(Cli.run(paths, args));
    }

    private static boolean isOnlyDatabaseOption(String[] args) {
        return args.length == 2 && args[0].equals("--db") || args.length == 1 && args[0].startsWith("--db=");
    }
}
