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
}
