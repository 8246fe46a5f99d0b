package org.summitplanner.ui.seating;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.Screen;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Views;

/** Seating plans of agenda items (drawn, chairs swapped by drag and drop), and badges and tent cards to print. */
public final class SeatingScreen implements Screen {

    private final SeatingModel model;
    private final SeatingController controller;
    private final Node view;

    public SeatingScreen(ScreenContext context) {
        ResourceBundle messages = Messages.forScreen("seating", context.messages());
        model = new SeatingModel(context, messages);
        controller = new SeatingController(model, messages);
        view = Views.load(controller, messages);
        model.inView().watch(view);
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
}
