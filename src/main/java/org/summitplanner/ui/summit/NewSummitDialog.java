package org.summitplanner.ui.summit;

import java.util.List;
import java.util.Map;
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

    /** @param aliases other names of nations by code, which the host field finds too */
    public NewSummitDialog(Window owner, List<Nation> nations, Map<String, List<String>> aliases,
                           ResourceBundle messages) {
        NewSummitModel model = new NewSummitModel(messages, nations, aliases);
        DialogPane pane = Views.load(new NewSummitController(model), messages);
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
