package org.summitplanner.ui.delegations;

import java.util.ResourceBundle;
import javafx.scene.Node;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.Screen;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Views;
import org.summitplanner.ui.importer.ImportWindow;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Delegations and attendees: the delegations with their heads, the chosen delegation's members,
 * every attendee with filters, and the form of one attendee.
 */
public final class DelegationsScreen implements Screen {

    private final DelegationsModel model;
    private final DelegationsController controller;
    private final Node view;

    public DelegationsScreen(ScreenContext context) {
        ResourceBundle messages = Messages.forScreen("delegations", context.messages());
        model = new DelegationsModel(context, messages);
        AttendeeFormController form = new AttendeeFormController(model.form(), messages, context.nations());
        controller = new DelegationsController(model, messages, context.settings(), form,
                file -> openImport(context, file));
        view = Views.load(controller, messages);
        model.inView().watch(view);
        if (!context.services().team().role().mayEditAttendees()) {
            controller.readOnly();
            form.readOnly();
        }
    }

    /** The import wizard over this screen's window; with a file (dropped here) it opens that file. */
    private void openImport(ScreenContext context, java.nio.file.Path file) {
        new ImportWindow(view.getScene().getWindow(), context).show(file);
    }

    @Override
    public void reveal(Object what) {
        if (what instanceof Long attendeeId) {
            model.reveal(attendeeId);
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
        model.newAttendee();
        controller.focusForm();
    }

    @Override
    public void focusFilter() {
        controller.focusFilter();
    }
}
