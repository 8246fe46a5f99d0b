package org.summitplanner.ui.importer;

import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Views;

/**
 * The import wizard in its own window over the main one: file and sheet, columns, the preview
 * of every row, and Import. Closing it while work runs is not offered (Cancel first).
 */
public final class ImportWindow {

    private final Stage stage = new Stage();
    private final ImportModel model;

    public ImportWindow(Window owner, ScreenContext context) {
        ResourceBundle messages = Messages.forScreen("importer", context.messages());
        model = new ImportModel(context, messages);
        Parent view = Views.load(new ImportController(model, messages, stage::close), messages);
        Scene scene = new Scene(view);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setTitle(messages.getString("import.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(e -> {
            if (model.busyProperty().get()) {
                e.consume();
            }
        });
    }

    /** Shows the wizard; with a file (dropped on the attendees screen), opens it at once. */
    public void show(Path file) {
        stage.show();
        if (file != null) {
            model.open(file);
        }
    }

    public Stage stage() {
        return stage;
    }
}
