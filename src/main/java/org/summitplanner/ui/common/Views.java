package org.summitplanner.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen's FXML by convention: the controller FooController is bound to FooView.fxml in
 * the same package. The controller is built by the caller (constructor injection), not by FXML.
 */
public final class Views {

    private Views() {
    }

    public static <T extends Parent> T load(Object controller, ResourceBundle messages) {
        Class<?> type = controller.getClass();
        String name = type.getSimpleName().replaceFirst("Controller$", "View") + ".fxml";
        URL fxml = type.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("missing " + name + " beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
