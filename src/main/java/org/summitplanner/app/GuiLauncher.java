package org.summitplanner.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;

/** Starts the window; the database named on the command line reaches it as a named parameter. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static void launch(AppPaths paths, Path db) {
        launch(paths, db, null, null);
    }

    /** @param team a team database's address (postgresql://...), whose password the window asks */
    static void launch(AppPaths paths, Path db, String team, String user) {
        String noDisplay = noDisplay(System.getProperty("os.name", ""), System.getenv("DISPLAY"),
                System.getenv("WAYLAND_DISPLAY"), System.getProperty("glass.platform"));
        if (noDisplay != null) {
            throw new Cli.UserError(noDisplay);
        }
        List<String> args = new ArrayList<>();
        if (db != null) {
            args.add("--db=" + db.toAbsolutePath());
        }
        if (team != null) {
            args.add("--team=" + team);
        }
        if (user != null) {
            args.add("--user=" + user);
        }
        Application.launch(SummitPlannerApp.class, args.toArray(String[]::new));
    }

    /**
     * Why the window cannot open here, or null. On Linux and the other Unix systems JavaFX needs an X or
     * Wayland display and, without one, fails with a stack trace; macOS and Windows always have a
     * desktop, and the headless Monocle platform (tests) needs none.
     */
    static String noDisplay(String osName, String display, String waylandDisplay, String glassPlatform) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equalsIgnoreCase(glassPlatform)
                || display != null && !display.isBlank() || waylandDisplay != null && !waylandDisplay.isBlank()) {
            return null;
        }
        return "No display to open the window on (DISPLAY is not set): start Summit Planner on a desktop, "
                + "or give a command, such as `summits` or `check` (`--help` lists them all).";
    }
}
