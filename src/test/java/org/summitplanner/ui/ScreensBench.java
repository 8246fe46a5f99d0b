package org.summitplanner.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.EventDispatcher;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Summit;
import org.summitplanner.schedule.SummitCheck;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;
import org.summitplanner.ui.main.MainController;
import org.summitplanner.ui.main.MainModel;
import org.summitplanner.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (Surefire's patterns skip a *Bench class): the harness behind the screen figures of
 * docs/BENCHMARKS.md, run by {@code tools/bench/screens-bench.sh}. It opens the real main window (headless,
 * under Monocle) on a database holding the UN-week summit and measures, from the click to the first
 * frame that shows the result (a layout pulse of the scene after which the result is on screen):
 * <ul>
 *   <li>each screen's first open: until its table (or the print preview) holds the summit's rows;</li>
 *   <li>a block dragged one hour down in the agenda's timeline: from the mouse release to the frame
 *       where the block stands at its new place, and to the frame where the live findings (the status
 *       bar's counts and the blocks' marks) are those of the moved item;</li>
 *   <li>Ctrl+Z of that move, measured the same way: from the key press as the window gets it (as the move
 *       is timed from the release the scene gets), and, for comparison, from the robot's call that
 *       presses the keys (TestFX queues Ctrl, then Z, and waits for the FX thread: 50 ms or so that a
 *       user's key press does not have).</li>
 *   <li>then the agenda's List and Timeline tabs chosen in turn: from the choice to the frame that shows
 *       the list's rows or the timeline's blocks.</li>
 * </ul>
 * Results go to stdout and to {@code target/bench/screens.txt}.
 */
class ScreensBench {

    /** From -Dscreens.moves or, as Surefire's argLine is fixed in the POM, the environment's SCREENS_MOVES. */
    private static final int MOVES = Integer.getInteger("screens.moves",
            Integer.parseInt(System.getenv().getOrDefault("SCREENS_MOVES", "8")));

    private final FxRobot robot = new FxRobot();
    private final List<String> report = new ArrayList<>();
    private Scene scene;
    /** What the next layout pulse waits for, and when it came. */
    private volatile BooleanSupplier awaited;
    private volatile long shownAt;

    @Test
    void screensAtUnScale() throws Exception {
        Path home = Path.of("target", "bench");
        Files.createDirectories(home);
        Path file = home.resolve("un-week.mv.db").toAbsolutePath();
        if (!Files.exists(file)) {
            try (Database database = Database.openFile(file, s -> { })) {
                Services.of(database).summits().loadScaleDemo();
            }
        }
        ExecutorService executor = Executors.newSingleThreadExecutor();
        ExecutorService checks = Executors.newSingleThreadExecutor();
        ResourceBundle messages = ResourceBundle.getBundle("org.summitplanner.ui.messages", Locale.ENGLISH);
        Settings settings = new Settings(home.resolve("settings-" + System.nanoTime() + ".properties"));
        MainModel model = new MainModel(executor, checks, settings, messages);
        FxToolkit.registerPrimaryStage();
        long[] frame = new long[2];
        FxToolkit.setupStage(stage -> {
            stage.setWidth(1400);
            stage.setHeight(900);
            frame[0] = System.nanoTime();
            MainWindow window = new MainWindow(stage, new MainController(model, messages), settings);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                frame[1] = System.nanoTime();
                stage.getScene().removePostLayoutPulseListener(once[0]);
            };
            stage.getScene().addPostLayoutPulseListener(once[0]);
            window.show();
        });
        robot.interact(() -> {
            scene = ((Stage) robot.listTargetWindows().get(0)).getScene();
            scene.addPostLayoutPulseListener(this::pulse);
            model.openDatabase(file, false);
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> "5000".equals(text("#attendeeCount")));
        line("Summit Planner screens at UN scale (193 delegations, 5,000 attendees, 2,000 items), "
                + LocalDateTime.now().withNano(0) + ", load " + load());
        line(String.format(Locale.ROOT, "  window: from making it to its first frame %5.0f ms (no database yet)",
                (frame[1] - frame[0]) / 1e6));

        firstOpen("nations", () -> rows("#table") > 190);
        firstOpen("delegations", () -> rows("#delegationTable") == 193);
        firstOpen("rooms", () -> rows("#table") == 40);
        firstOpen("agenda", () -> rows("#table") == 2000);
        firstOpen("findings", () -> treeRows("#findingsTable") > 0);
        firstOpen("print", () -> find("#pages") instanceof Pagination p && p.getPageCount() > 100);
        line("switching back (screens already built, summit unchanged):");
        for (String screen : List.of("nations", "delegations", "agenda", "findings")) {
            firstOpen(screen, () -> true);
        }

        moves(model);
        tabSwitches();
        robot.interact(() -> { });
        FxToolkit.cleanupStages();
        robot.interact(model::close);
        checks.shutdown();
        executor.shutdownNow();
        Files.write(home.resolve("screens.txt"), report);
    }

    /** From the click on the navigation button to the frame that shows the screen loaded. */
    private void firstOpen(String screen, BooleanSupplier loaded) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        long[] clicked = new long[1];
        ToggleButton button = robot.lookup("#" + screen + "Nav").queryAs(ToggleButton.class);
        long cpu = processCpu();
        long shown = await(loaded, true, () -> {
            clicked[0] = System.nanoTime();
            button.fire();
        });
        line(String.format(Locale.ROOT, "  open %-12s %7.0f ms   (CPU of the process meanwhile: %5.0f ms; until %s)",
                screen, (shown - clicked[0]) / 1e6, (processCpu() - cpu) / 1e6, java.time.Instant.now()));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
    }

    private void moves(MainModel model) throws Exception {
        robot.interact(() -> robot.lookup("#agendaNav").queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rows("#table") == 2000);
        robot.clickOn("Timeline");
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        long[] released = new long[1];
        robot.interact(() -> scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> released[0] = System.nanoTime()));
        // the Ctrl+Z as the window gets it, before the window's own filter (which starts the undo) runs
        robot.interact(() -> {
            Window window = scene.getWindow();
            EventDispatcher dispatcher = window.getEventDispatcher();
            window.setEventDispatcher((event, tail) -> {
                if (event instanceof KeyEvent key && key.getEventType() == KeyEvent.KEY_PRESSED
                        && key.getCode() == KeyCode.Z) {
                    released[0] = System.nanoTime();
                }
                return dispatcher.dispatchEvent(event, tail);
            });
        });
        List<Double> block = new ArrayList<>();
        List<Double> checks = new ArrayList<>();
        List<Double> undoBlock = new ArrayList<>();
        List<Double> undoChecks = new ArrayList<>();
        List<Double> undoFromRobot = new ArrayList<>();
        for (int n = 0; n < MOVES; n++) {
            Node node = robot.lookup(".timeline-block").match(b -> b.isVisible() && onScreen(b)).query();
            long id = Long.parseLong(node.getId().substring("timeline-item-".length()));
            robot.clickOn(node);
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            AgendaItem item = model.contextProperty().get().services().agenda().items(model.currentSummitProperty()
                    .get().id()).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
            double y = node.getLayoutY();
            // 72 px are an hour
            robot.drag(node, MouseButton.PRIMARY).moveBy(0, 36).moveBy(0, 36);
            long[] at = measureMove(model, id, item.time().start().plusSeconds(3600), y, released, () ->
                    robot.release(MouseButton.PRIMARY));
            block.add(at[0] / 1e6);
            checks.add(at[1] / 1e6);
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            long[] undo = measureMove(model, id, item.time().start(), y + 72, released, () ->
                    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL));
            undoBlock.add(undo[0] / 1e6);
            undoChecks.add(undo[1] / 1e6);
            undoFromRobot.add(undo[2] / 1e6);
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        }
        line("timeline move of one block, " + MOVES + " times (ms from the mouse release / Ctrl+Z, as the window gets"
                + " them, to the frame):");
        line("  block at its new place:      " + summary(block));
        line("  findings of the moved item:  " + summary(checks));
        line("  undo, block back:            " + summary(undoBlock));
        line("  undo, findings back:         " + summary(undoChecks));
        line("  undo, block back, from the robot's key press call: " + summary(undoFromRobot));
    }

    /** After the moves: from choosing the agenda's List or Timeline tab to the frame that shows its rows or blocks. */
    private void tabSwitches() throws Exception {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        List<Double> toList = new ArrayList<>();
        List<Double> toTimeline = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            toList.add(chooseTab(tabs, 0, () -> scene.getRoot().lookupAll(".table-row-cell").stream()
                    .anyMatch(r -> r instanceof TableRow<?> row && row.getItem() != null && shown(row))));
            toTimeline.add(chooseTab(tabs, 1, () -> scene.getRoot().lookupAll(".timeline-block").stream().anyMatch(this::shown)));
        }
        line("agenda's tabs after the moves, 5 times each (ms from choosing the tab to the frame that shows it filled):");
        line("  List:      " + summary(toList));
        line("  Timeline:  " + summary(toTimeline));
    }

    private double chooseTab(TabPane tabs, int index, BooleanSupplier filled) throws Exception {
        long[] chosen = new long[1];
        long shownAt = await(filled, true, () -> {
            chosen[0] = System.nanoTime();
            tabs.getSelectionModel().select(index);
        });
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        return (shownAt - chosen[0]) / 1e6;
    }

    /** In the window and drawn: it and every node above it visible. */
    private boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() == scene;
    }

    /**
     * Times one move (a drag's release or an undo): to the frame where block {@code id} leaves {@code fromY},
     * and to the frame where the live checks' result holds the item starting at {@code start}.
     */
    private long[] measureMove(MainModel model, long id, java.time.Instant start, double fromY, long[] released,
                               Runnable action) throws Exception {
        long[] started = new long[1];
        long blockAt = await(() -> {
            Node b = find("#timeline-item-" + id);
            return b != null && Math.abs(b.getLayoutY() - fromY) > 1;
        }, false, () -> {
                    started[0] = System.nanoTime();
                    action.run();
                });
        long from = released[0] > started[0] ? released[0] : started[0];
        long checksAt = blockAt;
        SummitCheck check = model.contextProperty().get().checks().resultProperty().get();
        if (!holds(check, id, start)) {
            checksAt = await(() -> holds(model.contextProperty().get().checks().resultProperty().get(), id, start),
                    true, () -> { });
        }
        return new long[] {blockAt - from, Math.max(checksAt, blockAt) - from, blockAt - started[0]};
    }

    private static boolean holds(SummitCheck check, long id, java.time.Instant start) {
        return check != null && check.content().agenda().stream()
                .anyMatch(i -> i.id() == id && i.time().start().equals(start));
    }

    /** Runs {@code action} (on the FX thread or, for the robot's clicks and keys, on this one) and returns the time of the first pulse after which {@code done} holds. */
    private long await(BooleanSupplier done, boolean onFx, Runnable action) throws Exception {
        shownAt = 0;
        awaited = done;
        if (onFx) {
            robot.interact(action);
        } else {
            action.run();
        }
        robot.interact(() -> Platform.requestNextPulse());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (shownAt == 0 && System.nanoTime() < deadline) {
            Thread.sleep(2);
            Platform.runLater(Platform::requestNextPulse);
        }
        if (shownAt == 0) {
            throw new IllegalStateException("not shown within 180 s");
        }
        return shownAt;
    }

    private void pulse() {
        BooleanSupplier condition = awaited;
        if (condition != null && shownAt == 0 && condition.getAsBoolean()) {
            shownAt = System.nanoTime();
            awaited = null;
        }
    }

    private int rows(String query) {
        return find(query) instanceof TableView<?> t ? t.getItems().size() : -1;
    }

    private int treeRows(String query) {
        return find(query) instanceof TreeTableView<?> t ? t.getRoot() == null ? 0 : t.getRoot().getChildren().size()
                : -1;
    }

    private final java.util.Map<String, Node> found = new java.util.HashMap<>();

    /** A node of the scene, looked up once while it stays in the scene: conditions are tested on every frame. */
    private Node find(String query) {
        Node node = found.get(query);
        if (node == null || node.getScene() != scene) {
            node = scene.lookup(query);
            found.put(query, node);
        }
        return node;
    }

    private String text(String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(null);
    }

    private static boolean onScreen(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b != null && b.getMinY() > 300 && b.getMaxY() < 700 && b.getMinX() > 300 && b.getMaxX() < 1000;
    }

    private static String summary(List<Double> ms) {
        double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "median %.0f, min %.0f, max %.0f  (all: %s)", v[v.length / 2], v[0],
                v[v.length - 1], Arrays.toString(Arrays.stream(v).map(Math::rint).toArray()));
    }

    /** CPU time of the whole process (every thread, the JIT and the collector included), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }
}
