package org.summitplanner.ui.bilaterals;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.Screen;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Views;

/** Bilaterals: the requests of the delegations, and times and rooms proposed for them by the solver. */
public final class BilateralsScreen implements Screen {

    private final BilateralsModel model;
    private final Node view;

    public BilateralsScreen(ScreenContext context) {
        ResourceBundle messages = Messages.forScreen("bilaterals", context.messages());
        model = new BilateralsModel(context, messages);
        view = Views.load(new BilateralsController(model, messages), messages);
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

    @Override
    public boolean hasUnsavedEdit() {
        return model.dirtyProperty().get();
    }

    @Override
    public void newItem() {
        model.newRequest();
    }
}
