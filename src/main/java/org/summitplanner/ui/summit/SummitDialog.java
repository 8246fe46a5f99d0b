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

/**
 * Asks for a summit's name, host, place, days and time zone, for a new summit or to change one;
 * OK stays disabled while a field is wrong.
 */
public final class SummitDialog extends Dialog<Summit> {

    /**
     * @param existing the summit to change, or null for a new one
     * @param aliases other names of nations by code, which the host field finds too
     */
    public SummitDialog(Window owner, Summit existing, List<Nation> nations, Map<String, List<String>> aliases,
                        ResourceBundle messages) {
        SummitModel model = new SummitModel(messages, nations, aliases);
        if (existing != null) {
            model.edit(existing);
        }
        DialogPane pane = Views.load(new SummitController(model), messages);
        setDialogPane(pane);
        initOwner(owner);
        String kind = existing == null ? "newSummit" : "editSummit";
        setTitle(messages.getString(kind + ".title"));
        pane.setHeaderText(messages.getString(kind + ".header"));
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
