package org.summitplanner.ui.delegations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.app.Settings;
import org.summitplanner.ui.main.MainController;
import org.summitplanner.ui.main.MainModel;
import org.summitplanner.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes the delegations screen's screenshots (Slovenia chosen, its head in the form, and the
 * "All attendees" view), headless: {@code mvn test -Dtest=DelegationsScreenshotsTest -Dscreenshots=true}.
 * Skipped in ordinary runs.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class DelegationsScreenshotsTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @Test
    void delegationsInEnglishAndFrench() throws Exception {
        shoot(Locale.ENGLISH, "delegations.png", "delegations-all.png");
        shoot(Locale.FRENCH, "delegations-fr.png", "delegations-all-fr.png");
    }

    private void shoot(Locale locale, String name, String allName) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        ResourceBundle messages = ResourceBundle.getBundle("org.summitplanner.ui.messages", locale);
        Settings settings = new Settings(dir.resolve(name + ".properties"));
        settings.putDouble("window.width", 1400);
        settings.putDouble("window.height", 860);
        MainModel model = new MainModel(executor, settings, messages);
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            FxToolkit.registerPrimaryStage();
            Stage stage = FxToolkit.setupStage(s -> new MainWindow(s, new MainController(model, messages), settings).show());
            robot.interact(() -> model.openDatabase(dir.resolve(name + ".mv.db"), true));
            waitFor(() -> robot.lookup("#attendeeCount").tryQueryAs(Label.class)
                    .map(l -> "113".equals(l.getText())).orElse(false));
            robot.clickOn("#delegationsNav");
            waitFor(() -> table("#delegationTable").getItems().size() == 36);
            robot.clickOn("#delegationFilter").write("slov");
            waitFor(() -> table("#delegationTable").getItems().size() == 2);
            clickRow("#delegationTable", 1);
            waitFor(() -> table("#memberTable").getItems().size() == 4);
            clickRow("#memberTable", 0);
            robot.clickOn("#delegationFilter");
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> save(stage.getScene(), name));
            robot.clickOn(locale.getLanguage().equals("fr") ? "Tous les participants" : "All attendees");
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> save(stage.getScene(), allName));
            FxToolkit.cleanupStages();
        } finally {
            Locale.setDefault(before);
            robot.interact(model::close);
            executor.shutdownNow();
        }
    }

    private void clickRow(String table, int index) {
        robot.clickOn(robot.lookup(table + " .table-row-cell")
                .match(n -> ((TableRow<?>) n).getItem() != null && ((TableRow<?>) n).getIndex() == index)
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void save(Scene scene, String name) {
        try {
            Path folder = Path.of(System.getProperty("screenshots.dir", "assets/screenshots"));
            Files.createDirectories(folder);
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", folder.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
