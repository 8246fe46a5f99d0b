package org.summitplanner.ui.printing;

import java.util.ResourceBundle;
import javafx.scene.Node;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.Screen;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Views;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** Print: the four documents previewed page by page, exported as PDF or calendar, or printed. */
public final class PrintScreen implements Screen {

    private final PrintModel model;
    private final Node view;

    public PrintScreen(ScreenContext context) {
        ResourceBundle messages = Messages.forScreen("printing", context.messages());
        model = new PrintModel(context, messages);
        PrintController controller = new PrintController(model, messages);
        view = Views.load(controller, messages);
        // the view carries its controller so that tests can answer the save dialog without a native one
        view.getProperties().put(PrintController.class, controller);
        // laying pages out is costly: after a change the preview is laid out again while it is in view,
        // and otherwise when it comes into view
        context.changes().subscribe(() -> {
            if (view.getScene() != null) {
                model.reload();
            }
        });
    }

    @Override
    public ReadOnlyBooleanProperty loadingProperty() {
        return model.loadingProperty();
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        model.reload();
    }

    PrintModel model() {
        return model;
    }
}
