package org.summitplanner.ui.findings;

import java.util.ResourceBundle;
import javafx.scene.Node;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.Screen;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Views;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** Findings: what the scheduling checks report about the summit, kept current after every edit. */
public final class FindingsScreen implements Screen {

    private final FindingsModel model;
    private final Node view;

    public FindingsScreen(ScreenContext context) {
        ResourceBundle messages = Messages.forScreen("findings", context.messages());
        model = new FindingsModel(context, messages);
        FindingsController controller = new FindingsController(model, messages);
        view = Views.load(controller, messages);
        if (!context.services().team().role().mayEditSummit()) {
            controller.readOnly();
        }
        // a check after every edit: its thousands of rows are written and grouped only while the screen shows
        model.setShowing(false);
        view.sceneProperty().addListener((obs, old, scene) -> model.setShowing(scene != null));
    }

    @Override
    public ReadOnlyBooleanProperty loadingProperty() {
        return model.loadingProperty();
    }

    @Override
    public Node view() {
        return view;
    }
}
