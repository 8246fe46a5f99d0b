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
 * Writes the README's screenshots from the demo summit, headless:
 * {@code mvn test -Dtest=ScreenshotsTest -Dscreenshots=true}. Skipped in ordinary runs.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotsTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @Test
    void mainWindowInEnglishAndFrench() throws Exception {
        shoot(Locale.ENGLISH, "main-window.png");
        shoot(Locale.FRENCH, "main-window-fr.png");
    }

    private void shoot(Locale locale, String name) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        ResourceBundle messages = ResourceBundle.getBundle("org.summitplanner.ui.messages", locale);
        Settings settings = new Settings(dir.resolve(name + ".properties"));
        settings.putDouble("window.width", 1200);
        settings.putDouble("window.height", 720);
        MainModel model = new MainModel(executor, settings, messages);
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            FxToolkit.registerPrimaryStage();
            Stage stage = FxToolkit.setupStage(s -> new MainWindow(s, new MainController(model, messages), settings).show());
            robot.interact(() -> model.openDatabase(dir.resolve(name + ".mv.db"), true));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#attendeeCount").tryQueryAs(Label.class)
                    .map(l -> "113".equals(l.getText())).orElse(false));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> save(stage.getScene(), name));
            FxToolkit.cleanupStages();
        } finally {
            Locale.setDefault(before);
            robot.interact(model::close);
            executor.shutdownNow();
        }
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
