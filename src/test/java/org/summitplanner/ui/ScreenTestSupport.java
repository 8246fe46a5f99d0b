package org.summitplanner.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.model.Summit;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;
import org.summitplanner.ui.main.MainController;
import org.summitplanner.ui.main.MainModel;
import org.summitplanner.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the main window on a fresh database file holding the demo summit, as a user would find
 * it, and gives tests a second connection to that file ("someone else") to check what was stored
 * and to make changes behind the window's back.
 *
 * <p>Each test has a file of its own: a copy of one demo database made once per test JVM through the
 * same service call the window makes for a new file (SummitService.loadDemo), which saves loading the
 * demo again in every test. A new file getting the demo from the window itself is what ScreenshotsTest
 * and ProtocolScreenshotsTest still do.
 */
public abstract class ScreenTestSupport {

    @TempDir
    protected Path dir;

    protected final FxRobot robot = new FxRobot();
    protected MainModel model;
    /** Another user's view of the same database. */
    protected Database elsewhere;
    protected Services services;
    protected Summit summit;
    private ExecutorService executor;
    private ExecutorService checks;
    /** While {@link #holdChecks()} is true, no check runs until a test counts this down. */
    protected final java.util.concurrent.CountDownLatch checksReleased = new java.util.concurrent.CountDownLatch(1);

    /** The demo database all tests of this JVM copy; made on first use. */
    private static Path demoTemplate;

    /** The window's language (English unless a test says otherwise). */
    protected Locale language() {
        return Locale.ENGLISH;
    }

    /** True for a test that looks at the window before the summit's first check has ended. */
    protected boolean holdChecks() {
        return false;
    }

    @BeforeEach
    void openWindow() throws Exception {
        executor = Executors.newSingleThreadExecutor();
        checks = Executors.newSingleThreadExecutor();
        ResourceBundle messages = ResourceBundle.getBundle("org.summitplanner.ui.messages", language());
        Settings settings = new Settings(dir.resolve("settings.properties"));
        java.util.concurrent.Executor checkRunner = !holdChecks() ? checks : task -> checks.execute(() -> {
            try {
                checksReleased.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            task.run();
        });
        model = new MainModel(executor, checkRunner, settings, messages);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setWidth(1300);
            stage.setHeight(850);
            new MainWindow(stage, new MainController(model, messages), settings).show();
        });
        Files.copy(demoTemplate(), dir.resolve("planner.mv.db"));
        robot.interact(() -> model.openDatabase(dir.resolve("planner.mv.db"), true));
        waitUntil(() -> "113".equals(text("#attendeeCount")));
        elsewhere = Database.openFile(dir.resolve("planner.mv.db"), s -> { });
        services = Services.of(elsewhere);
        summit = model.currentSummitProperty().get();
    }

    private static synchronized Path demoTemplate() throws IOException {
        if (demoTemplate == null) {
            // under the test JVM's own home (one per fork), so two forks never share it
            Path parent = Path.of(System.getProperty("summitplanner.home", System.getProperty("java.io.tmpdir")));
            Files.createDirectories(parent);
            Path file = Files.createTempDirectory(parent, "demo-template-").resolve("demo.mv.db");
            try (Database db = Database.openFile(file, s -> { })) {
                Services.of(db).summits().loadDemo();
            }
            demoTemplate = file;
        }
        return demoTemplate;
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
        robot.interact(model::close);
        checksReleased.countDown();
        checks.shutdown();
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        elsewhere.close();
    }

    /** Clicks a screen's button in the navigation bar ("rooms", "nations" ...) and waits until it has read its data. */
    protected void open(String screen) throws Exception {
        robot.clickOn("#" + screen + "Nav");
        waitUntil(() -> !robot.lookup("#screenLoading").query().isVisible());
    }

    /**
     * Holds the window's database worker (reads and saves) until the returned latch is counted down, so that
     * a test can look at a screen while it reads.
     */
    protected java.util.concurrent.CountDownLatch holdDatabaseWorker() {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        executor.execute(() -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return release;
    }

    /** Sizes the window as at a first start (MainWindow's 1200x800), where tables have the least room. */
    protected void atFirstWindowSize() {
        robot.interact(() -> {
            javafx.stage.Window window = robot.lookup("#overviewNav").query().getScene().getWindow();
            window.setWidth(1200);
            window.setHeight(800);
        });
    }

    /** Whether a table's visible columns fit in it, with no horizontal scroll bar. */
    protected static void assertColumnsFit(TableView<?> table, String which) {
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        org.junit.jupiter.api.Assertions.assertTrue(columns <= table.getWidth(),
                which + ": columns " + columns + " wide in a table " + table.getWidth());
    }

    /** Waits up to a minute: a machine shared by many builds can take that long to open the window. */
    protected void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces a text field's content as a user would: click, select all, type. Faster than erasing. */
    protected void replaceText(String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    /** Clicks a button of the dialog that is open (not a button of the window behind it). */
    protected void answerDialog(String button) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane .button").match(n -> button.equals(((Button) n).getText()))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> button.equals(((Button) n).getText()))
                .queryButton());
    }

    /** The text of a label, or null if there is none. */
    protected String text(String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(null);
    }

    /** A table's column by its fx:id, typed as the caller reads it (its cells' values). */
    @SuppressWarnings("unchecked")
    protected static <S, T> javafx.scene.control.TableColumn<S, T> column(TableView<S> table, String id) {
        return (javafx.scene.control.TableColumn<S, T>) table.getColumns().stream().filter(c -> id.equals(c.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + id));
    }

    @SuppressWarnings("unchecked")
    protected <T> TableView<T> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }
}
