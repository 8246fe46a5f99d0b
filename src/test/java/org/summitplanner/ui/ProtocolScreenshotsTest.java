package org.summitplanner.ui;

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
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.ui.main.MainController;
import org.summitplanner.ui.main.MainModel;
import org.summitplanner.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Protocol screen and the delegation list in French precedence, from the demo, headless:
 * {@code mvn test -Dtest=ProtocolScreenshotsTest -Dscreenshots=true} writes assets/screenshots/protocol-*.png.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ProtocolScreenshotsTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @Test
    void protocolScreenAndDelegationsInFrenchOrder() throws Exception {
        Locale locale = Locale.FRENCH;
        ExecutorService executor = Executors.newSingleThreadExecutor();
        ExecutorService checks = Executors.newSingleThreadExecutor();
        ResourceBundle messages = ResourceBundle.getBundle("org.summitplanner.ui.messages", locale);
        Settings settings = new Settings(dir.resolve("settings.properties"));
        settings.putDouble("window.width", 1280);
        settings.putDouble("window.height", 760);
        MainModel model = new MainModel(executor, checks, settings, messages);
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            FxToolkit.registerPrimaryStage();
            Stage stage = FxToolkit.setupStage(s -> new MainWindow(s, new MainController(model, messages), settings).show());
            robot.interact(() -> model.openDatabase(dir.resolve("planner.mv.db"), true));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#attendeeCount").tryQueryAs(Label.class)
                    .map(l -> "113".equals(l.getText())).orElse(false));
            robot.clickOn("#protocolNav");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#delegations")
                    .queryAs(ListView.class).getItems().size() == 36);
            @SuppressWarnings("unchecked")
            ListView<Object> list = robot.lookup("#delegations").queryAs(ListView.class);
            robot.interact(() -> list.getSelectionModel().select(13));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#members")
                    .queryAs(ListView.class).getItems().size() == 7);
            settle();
            save(stage.getScene(), "protocol-screen-fr.png");

            robot.clickOn("#delegationsNav");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#delegationTable")
                    .queryAs(TableView.class).getItems().size() == 36);
            settle();
            save(stage.getScene(), "protocol-delegations-fr.png");
            FxToolkit.cleanupStages();
        } finally {
            Locale.setDefault(before);
            robot.interact(model::close);
            checks.shutdown();
            executor.shutdownNow();
        }
    }

    private static void settle() {
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(Scene scene, String name) {
        robot.interact(() -> {
            try {
                Path folder = Path.of(System.getProperty("screenshots.dir", "assets/screenshots"));
                Files.createDirectories(folder);
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                        folder.resolve(name).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
