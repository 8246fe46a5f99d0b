package org.summitplanner.ui.agenda;

import java.util.ResourceBundle;
import javafx.scene.Node;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.Screen;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Views;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** Agenda: the summit's items as a list and a day timeline, and a form with who takes part. */
public final class AgendaScreen implements Screen {

    private final AgendaModel model;
    private final AgendaController controller;
    private final Node view;

    public AgendaScreen(ScreenContext context) {
        ResourceBundle messages = Messages.forScreen("agenda", context.messages());
        model = new AgendaModel(context, messages);
        AgendaFormController form = new AgendaFormController(model, messages, context.summit()::get);
        Node formView = Views.load(form, messages);
        controller = new AgendaController(model, messages, context.settings(), form, formView);
        view = Views.load(controller, messages);
        model.inView().watch(view);
        if (!context.services().team().role().mayEditSummit()) {
            controller.readOnly();
            form.readOnly();
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

    @Override
    public void newItem() {
        model.newItem();
        controller.focusForm();
    }

    @Override
    public void reveal(Object what) {
        if (what instanceof Long itemId) {
            model.reveal(itemId);
        }
    }

    @Override
    public void focusFilter() {
        controller.focusFilter();
    }
}
