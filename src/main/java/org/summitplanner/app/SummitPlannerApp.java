package org.summitplanner.app;

import org.summitplanner.ui.common.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;
import org.summitplanner.ui.main.MainController;
import org.summitplanner.ui.main.MainModel;
import org.summitplanner.ui.main.MainWindow;

/**
 * The window. Start-up work (opening and migrating the database, the demo summit on an empty
 * database) runs on the database executor behind a splash screen, never in main() or on the FX
 * thread.
 */
public final class SummitPlannerApp extends Application {

    private ExecutorService executor;
    private ExecutorService checkExecutor;
    private MainModel model;

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.fromSystem();
        Settings settings = new Settings(paths.settingsFile());
        // one worker for all database and file work, handed to every model; daemon so a hung
        // database call cannot keep the JVM alive after the window closes
        executor = Executors.newSingleThreadExecutor(DaemonThreads.named("summit-planner-database"));
        // the live checks' own worker, so that an edit saved meanwhile never waits for a check
        checkExecutor = Executors.newSingleThreadExecutor(DaemonThreads.named("summit-planner-checks"));
        ResourceBundle messages = ResourceBundle.getBundle("org.summitplanner.ui.messages", Locale.getDefault());
        model = new MainModel(executor, checkExecutor, settings, messages);
        MainController controller = new MainController(model, messages);
        new MainWindow(stage, controller, settings).show();
        String team = getParameters().getNamed().get("team");
        if (team != null) {
            // --db postgresql://...: the window asks the password, with the rest filled in
            controller.askTeamConnection(team, getParameters().getNamed().get("user"));
            return;
        }
        model.openDatabase(databaseToOpen(paths, settings), true);
    }

    /** The --db argument, else the last database used (if it still exists), else the default. */
    private Path databaseToOpen(AppPaths paths, Settings settings) {
        String named = getParameters().getNamed().get("db");
        if (named != null) {
            return Path.of(named);
        }
        return settings.get(MainModel.LAST_DATABASE).map(Path::of).filter(Files::isRegularFile)
                .orElse(paths.defaultDatabase());
    }

    @Override
    public void stop() throws InterruptedException {
        if (model != null) {
            model.close();
        }
        if (checkExecutor != null) {
            // no interrupt: a check may be inside H2, which an interrupt can harm; the worker is a daemon
            checkExecutor.shutdown();
        }
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
