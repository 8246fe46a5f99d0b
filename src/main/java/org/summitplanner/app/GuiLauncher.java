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
        List<String> args = new ArrayList<>();
        if (db != null) {
            args.add("--db=" + db.toAbsolutePath());
        }
        Application.launch(SummitPlannerApp.class, args.toArray(String[]::new));
    }
}
