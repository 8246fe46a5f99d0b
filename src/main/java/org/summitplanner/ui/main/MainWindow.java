package org.summitplanner.ui.main;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.ui.common.Views;

/** The stage of the main window; remembers its size and place between runs. */
public final class MainWindow {

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private final Stage stage;
    private final Settings settings;

    public MainWindow(Stage stage, MainController controller, Settings settings) {
        this.stage = stage;
        this.settings = settings;
        Scene scene = new Scene(Views.load(controller, controller.messages()),
                settings.getDouble(WIDTH).orElse(1200), settings.getDouble(HEIGHT).orElse(800));
        scene.getStylesheets().add(MainWindow.class.getResource("/org/summitplanner/ui/summit-planner.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(controller.titleProperty());
        stage.getIcons().add(new Image(MainWindow.class.getResourceAsStream("/org/summitplanner/ui/icon.png")));
        controller.setWindow(stage);
        placeOnScreen();
        stage.setOnHidden(e -> remember());
        stage.setOnCloseRequest(e -> {
            if (!controller.mayClose()) {
                e.consume();
            }
        });
    }

    public void show() {
        stage.show();
    }

    private void placeOnScreen() {
        double x = settings.getDouble(X).orElse(Double.NaN);
        double y = settings.getDouble(Y).orElse(Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.get(MAXIMIZED).map(Boolean::parseBoolean).orElse(false));
    }

    private void remember() {
        settings.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.putDouble(X, stage.getX());
            settings.putDouble(Y, stage.getY());
            settings.putDouble(WIDTH, stage.getWidth());
            settings.putDouble(HEIGHT, stage.getHeight());
        }
        settings.save();
    }
}
