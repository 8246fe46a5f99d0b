package org.summitplanner.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.ui.main.MainController;
import org.summitplanner.ui.main.MainModel;
import org.summitplanner.ui.main.MainWindow;

/**
 * The training run behind the window's class-data archive ({@code summit-planner-window.jsa}, decision 0050),
 * run by {@code mvn package} with {@code -XX:ArchiveClassesAtExit}, headless (Monocle) so that a build needs no
 * display: the window is made as {@link SummitPlannerApp} makes it, on a new database (which gets the demo
 * summit, as a first start does) and then on the UN-week summit ({@code demo --scale un}), and each screen of
 * the navigation bar is opened once on each, so that the classes a first open loads (JavaFX's controls, skins
 * and CSS, ControlsFX, the screens' own) are in the archive. All under a throwaway home, deleted at the end.
 * Not for users; it never fails the build: the POM leaves the window's archive out when this fails.
 */
public final class WindowTraining {

    /** How long one screen may take to read before the training goes on to the next one. */
    private static final long SCREEN_MS = 30_000;

    private static final long STARTED = System.nanoTime();
    private static final AtomicReference<MainModel> MODEL = new AtomicReference<>();
    private static final AtomicReference<Stage> STAGE = new AtomicReference<>();
    private static ExecutorService executor;
    private static ExecutorService checks;
    private static ExecutorService trainer;
    private static Path work;

    public static void main(String[] args) throws IOException, InterruptedException {
        work = Files.createTempDirectory("summit-planner-window-cds");
        System.setProperty("summitplanner.home", work.resolve("home").toString());
        System.setProperty("summitplanner.logdir", work.resolve("logs").toString());
        System.setProperty("summitplanner.console.level", "OFF");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        AppPaths paths = new AppPaths(work.resolve("home"));
        try {
            // the UN-week summit, made as `demo --scale un` makes it (the command's classes are in the archive too)
            String un = work.resolve("un").toString();
            StringWriter out = new StringWriter();
            int code = Cli.run(paths, new PrintWriter(out), new PrintWriter(out), "--db", un, "demo", "--scale", "un");
            if (code != 0) {
                throw new IllegalStateException("demo --scale un failed: " + out);
            }
            say("UN-week summit made");
            trainer = Executors.newSingleThreadExecutor(DaemonThreads.named("window-training"));
            trainer.execute(() -> drive(work.resolve("new"), Path.of(un)));
            Application.launch(TrainingWindow.class);
        } finally {
            if (trainer != null) {
                trainer.shutdown();
            }
            if (checks != null) {
                checks.shutdown();
            }
            if (executor != null) {
                executor.shutdown();
                executor.awaitTermination(10, TimeUnit.SECONDS);
            }
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private WindowTraining() {
    }

    /** The window, made as {@link SummitPlannerApp} makes it, keeping its model to open the second database. */
    public static final class TrainingWindow extends Application {

        @Override
        public void start(Stage stage) {
            Settings settings = new Settings(new AppPaths(work.resolve("home")).settingsFile());
            executor = Executors.newSingleThreadExecutor(DaemonThreads.named("summit-planner-database"));
            checks = Executors.newSingleThreadExecutor(DaemonThreads.named("summit-planner-checks"));
            ResourceBundle messages = ResourceBundle.getBundle("org.summitplanner.ui.messages", Locale.getDefault());
            MainModel model = new MainModel(executor, checks, settings, messages);
            new MainWindow(stage, new MainController(model, messages), settings).show();
            MODEL.set(model);
            STAGE.set(stage);
        }

        @Override
        public void stop() {
            MainModel model = MODEL.get();
            if (model != null) {
                model.close();
            }
        }
    }

    /** On a thread of its own: opens each database in turn and each screen on it, then closes the window. */
    private static void drive(Path fresh, Path un) {
        try {
            waitFor(() -> STAGE.get() != null && MODEL.get() != null, 60_000);
            for (Path db : List.of(fresh, un)) {
                onFx(() -> {
                    MODEL.get().openDatabase(db, true);
                    return null;
                });
                waitFor(() -> onFx(() -> MODEL.get().currentSummitProperty().get() != null
                        && !MODEL.get().busyProperty().get()), 120_000);
                say("opened " + db.getFileName());
                for (String id : onFx(WindowTraining::screens)) {
                    onFx(() -> {
                        ((ToggleButton) STAGE.get().getScene().lookup("#" + id)).fire();
                        return null;
                    });
                    // the busy sign over the screen shows at once on a first open and goes when its read has shown
                    Thread.sleep(200);
                    waitFor(() -> onFx(() -> !STAGE.get().getScene().lookup("#screenLoading").isVisible()),
                            SCREEN_MS);
                    Thread.sleep(200);
                    say("screen " + id);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    /** The training's progress, for target/summit-planner-window-training.log (this is a build step's output). */
    private static void say(String what) {
        System.err.printf(Locale.ROOT, "%6.1f s  %s%n", (System.nanoTime() - STARTED) / 1e9, what);
    }

    /** The navigation bar's buttons, in its order. */
    private static List<String> screens() {
        List<String> ids = new ArrayList<>();
        Node bar = STAGE.get().getScene().lookup(".navigation");
        if (bar instanceof Parent parent) {
            for (Node n : parent.getChildrenUnmodifiable()) {
                if (n instanceof ToggleButton && n.getId() != null) {
                    ids.add(n.getId());
                }
            }
        }
        return ids;
    }

    private static void waitFor(Supplier<Boolean> condition, long ms) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
        while (!condition.get() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static <T> T onFx(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.get());
            } finally {
                done.countDown();
            }
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return result.get();
    }
}
