package org.summitplanner.ui.rooms;

import java.util.ResourceBundle;
import javafx.scene.Node;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.Screen;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Views;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** Rooms: name, building, capacity, and what is booked in each. */
public final class RoomsScreen implements Screen {

    private final RoomsModel model;
    private final RoomsController controller;
    private final Node view;

    public RoomsScreen(ScreenContext context) {
        ResourceBundle messages = Messages.forScreen("rooms", context.messages());
        model = new RoomsModel(context, messages);
        controller = new RoomsController(model, messages, context.settings());
        view = Views.load(controller, messages);
        model.inView().watch(view);
        if (!context.services().team().role().mayEditSummit()) {
            controller.readOnly();
        }
    }

    @Override
    public void reveal(Object what) {
        if (what instanceof Long roomId) {
            model.reveal(roomId);
        }
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

    @Override
    public boolean hasUnsavedEdit() {
        return model.dirtyProperty().get();
    }

    @Override
    public void newItem() {
        model.newRoom();
        controller.focusForm();
    }

    @Override
    public void focusFilter() {
        controller.focusFilter();
    }
}
