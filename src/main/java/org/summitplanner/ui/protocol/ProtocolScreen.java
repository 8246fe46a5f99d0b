package org.summitplanner.ui.protocol;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.Screen;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Views;

/** The order of precedence: the rule for delegations, the lot, places by hand, and the order within delegations. */
public final class ProtocolScreen implements Screen {

    private final ProtocolModel model;
    private final Node view;

    public ProtocolScreen(ScreenContext context) {
        ResourceBundle messages = Messages.forScreen("protocol", context.messages());
        model = new ProtocolModel(context, messages);
        view = Views.load(new ProtocolController(model, messages), messages);
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
