package org.summitplanner.ui.nations;

import java.util.ResourceBundle;
import javafx.scene.Node;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.Screen;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Views;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** Nations and invitations: every nation's standing for the summit, one or several at a time. */
public final class NationsScreen implements Screen {

    private final NationsModel model;
    private final NationsController controller;
    private final Node view;

    public NationsScreen(ScreenContext context) {
        ResourceBundle messages = Messages.forScreen("nations", context.messages());
        model = new NationsModel(context, messages);
        controller = new NationsController(model, messages, context.settings());
        view = Views.load(controller, messages);
        model.inView().watch(view);
        if (!context.services().team().role().mayEditSummit()) {
            controller.readOnly();
        }
    }

    @Override
    public void reveal(Object what) {
        if (what instanceof String code) {
            model.reveal(code);
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
        return model.form().dirtyProperty().get();
    }

    /** Ctrl+N: every nation exists already; "new" finds one not invited yet. */
    @Override
    public void newItem() {
        model.findNationToInvite();
        controller.focusFilter();
    }

    @Override
    public void focusFilter() {
        controller.focusFilter();
    }
}
