package org.summitplanner.ui.summit;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Summit;
import org.summitplanner.ui.common.Views;

/** Asks for a new summit's name, host, place, days and time zone; OK stays disabled while a field is wrong. */
public final class NewSummitDialog extends Dialog<Summit> {

    public NewSummitDialog(Window owner, List<Nation> nations, ResourceBundle messages) {
        Locale locale = messages.getLocale() == null ? Locale.ENGLISH : messages.getLocale();
        NewSummitModel model = new NewSummitModel(messages);
        DialogPane pane = Views.load(new NewSummitController(model, nations, locale), messages);
        setDialogPane(pane);
        initOwner(owner);
        setTitle(messages.getString("newSummit.title"));
        Node ok = pane.lookupButton(ButtonType.OK);
        ok.disableProperty().bind(model.validProperty().not());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.summit().isEmpty()) {
                e.consume();
            }
        });
        setOnShown(e -> pane.lookup("#name").requestFocus());
        setResultConverter(button -> button == ButtonType.OK ? model.summit().orElse(null) : null);
    }
}
