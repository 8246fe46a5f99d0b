import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;
import javafx.stage.Window;

/**
 * The window's first frame and each screen's first open in a JVM of its own, started as the launcher starts
 * the window (tools/bench/window-bench.sh runs it with or without a class-data archive). It calls the jar's
 * own entry point, {@code org.summitplanner.app.Launcher.main("--db", FILE)}, so the app starts exactly as
 * `summit-planner --db FILE` starts it, and drives it from a thread of its own: once the summit shows (the
 * status bar counts 5,000 attendees) it clicks each screen of the navigation bar once, in ScreensBench's
 * order, and times from the click to the first frame (a post-layout pulse of the window's scene) after which
 * the screen holds the summit's rows: the end points of src/test/java/org/summitplanner/ui/ScreensBench.java
 * (its firstOpen conditions, kept in step by hand: this JVM has no TestFX). Then it closes the window
 * (Platform.exit), so that -XX:ArchiveClassesAtExit dumps the classes of such a run.
 * Writes one line to the file named second: "frame MS start MS frame-cpu MS nations MS nations-cpu MS ... print MS
 * print-cpu MS opens MS opens-cpu MS" (frame: from the JVM's start to the window's first frame; start: from the JVM's
 * start to the summit shown; frame-cpu: the process's CPU time until that first frame; SCREEN: from the click
 * to the frame; SCREEN-cpu: the process's CPU time (every thread) from the click until that frame is seen;
 * opens: the six first opens' sum; opens-cpu: the process's CPU time over all six first opens, the pauses between them included).
 * With -Dwindowbench.startOnly=true it closes the window once the summit shows (frame, start and frame-cpu only).
 */
public final class WindowBench {

    private static volatile Scene scene;
    private static volatile BooleanSupplier awaited;
    private static volatile long shownAt;
    private static volatile long firstFrame;
    private static volatile long firstFrameCpu;
    /** The six first opens' sum, ms. */
    private static long opens;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        Thread driver = new Thread(() -> {
            try {
                drive(args[1]);
            } catch (Throwable e) {
                e.printStackTrace();
                System.exit(3);
            }
        }, "window-bench");
        driver.setDaemon(true);
        driver.start();
        org.summitplanner.app.Launcher.main(new String[] {"--db", args[0]});
    }

    private static void drive(String out) throws Exception {
        // the toolkit exists once runLater is accepted; the window's list is watched from then on
        while (true) {
            try {
                Platform.runLater(() -> Window.getWindows().addListener((ListChangeListener<Window>) c -> watch()));
                break;
            } catch (IllegalStateException notYet) {
                Thread.sleep(1);
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!"5000".equals(onFx(() -> {
            watch();
            return text("#attendeeCount");
        }))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the summit did not show within 300 s");
            }
            Thread.sleep(5);
        }
        long started = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        List<String> line = new ArrayList<>();
        line.add("frame " + (firstFrame == 0 ? "-1" : Long.toString(firstFrame - jvmStart)));
        line.add("start " + (started - jvmStart));
        line.add("frame-cpu " + firstFrameCpu / 1_000_000);
        if (Boolean.getBoolean("windowbench.startOnly")) {
            finish(out, line);
            return;
        }
        long cpuBefore = OS.getProcessCpuTime();
        Thread.sleep(300);
        line.add(firstOpen("nations", () -> rows("#table") > 190));
        line.add(firstOpen("delegations", () -> rows("#delegationTable") == 193));
        line.add(firstOpen("rooms", () -> rows("#table") == 40));
        line.add(firstOpen("agenda", () -> rows("#table") == 2000));
        line.add(firstOpen("findings", () -> treeRows("#findingsTable") > 0));
        line.add(firstOpen("print", () -> find("#pages") instanceof Pagination p && p.getPageCount() > 100));
        line.add("opens " + opens);
        line.add("opens-cpu " + (OS.getProcessCpuTime() - cpuBefore) / 1_000_000);
        finish(out, line);
    }

    private static void finish(String out, List<String> line) throws Exception {
        Files.writeString(Path.of(out), String.join(" ", line) + "\n");
        Platform.runLater(Platform::exit);
    }

    /** Called on the FX thread when a window shows: its scene's first pulse is the window's first frame. */
    private static void watch() {
        for (Window w : Window.getWindows()) {
            if (scene == null && w.getScene() != null && w.getScene().lookup("#nationsNav") != null) {
                scene = w.getScene();
                scene.addPostLayoutPulseListener(() -> {
                    if (firstFrame == 0) {
                        firstFrame = System.currentTimeMillis();
                        firstFrameCpu = OS.getProcessCpuTime();
                    }
                    BooleanSupplier condition = awaited;
                    if (condition != null && shownAt == 0 && condition.getAsBoolean()) {
                        shownAt = System.nanoTime();
                        awaited = null;
                    }
                });
            }
        }
    }

    private static String firstOpen(String screen, BooleanSupplier loaded) throws Exception {
        long[] clicked = new long[1];
        shownAt = 0;
        long cpu = OS.getProcessCpuTime();
        onFx(() -> {
            awaited = loaded;
            clicked[0] = System.nanoTime();
            ((ToggleButton) scene.lookup("#" + screen + "Nav")).fire();
            Platform.requestNextPulse();
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (shownAt == 0 && System.nanoTime() < deadline) {
            Thread.sleep(2);
            Platform.runLater(Platform::requestNextPulse);
        }
        if (shownAt == 0) {
            throw new IllegalStateException(screen + " not shown within 180 s");
        }
        long ms = (shownAt - clicked[0]) / 1_000_000;
        long cpuMs = (OS.getProcessCpuTime() - cpu) / 1_000_000;
        opens += ms;
        Thread.sleep(300);
        return screen + " " + ms + " " + screen + "-cpu " + cpuMs;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result[0] = work.call();
            } catch (Exception e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    private static Node find(String query) {
        return scene == null ? null : scene.lookup(query);
    }

    private static int rows(String query) {
        return find(query) instanceof TableView<?> t ? t.getItems().size() : -1;
    }

    private static int treeRows(String query) {
        return find(query) instanceof TreeTableView<?> t ? t.getRoot() == null ? 0 : t.getRoot().getChildren().size()
                : -1;
    }

    private static String text(String query) {
        return find(query) instanceof Label l ? l.getText() : null;
    }
}
