package org.summitplanner.ui.delegations;

import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.summitplanner.ui.common.Messages;

/** Asks before the head-of-delegation mark moves from one person to another. */
final class HeadMoveDialog {

    private HeadMoveDialog() {
    }

    /** @return true when the user chose to move the mark */
    static boolean ask(Window owner, ResourceBundle messages, String former, String next, String nation) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.getString("headMove.title"));
        alert.setHeaderText(Messages.format(messages, "headMove.question", former, next));
        alert.setContentText(Messages.format(messages, "headMove.detail", former, next, nation));
        ButtonType move = new ButtonType(messages.getString("headMove.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.getString("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(move, cancel);
        alert.getDialogPane().setId("headMoveDialog");
        return alert.showAndWait().filter(b -> b == move).isPresent();
    }
}
