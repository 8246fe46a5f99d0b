package org.summitplanner.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The questions every screen asks the same way. Strings from the common bundle. */
public final class Dialogs {

    /** What to do when a row changed elsewhere since it was loaded. */
    public enum StaleChoice { RELOAD, OVERWRITE, CANCEL }

    private Dialogs() {
    }

    /**
     * Asks before deleting something; lists what refers to it.
     *
     * @param what "the room “Salon Murat”"
     * @param usedBy one line per thing that refers to it; empty when nothing does
     */
    public static boolean confirmDelete(Window owner, ResourceBundle messages, String what, String usedByHeader,
                                        List<String> usedBy) {
        return confirmDelete(owner, messages, what, usedByHeader, usedBy, false);
    }

    /**
     * @param irreversible what cannot be undone: Cancel, not Delete, answers Enter
     */
    public static boolean confirmDelete(Window owner, ResourceBundle messages, String what, String usedByHeader,
                                        List<String> usedBy, boolean irreversible) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.getString("delete.title"));
        alert.setHeaderText(Messages.format(messages, "delete.header", what));
        ButtonType delete = new ButtonType(messages.getString("delete.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.getString("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(delete, cancel);
        if (usedBy.isEmpty()) {
            alert.setContentText(messages.getString("delete.unused"));
        } else {
            ListView<String> list = new ListView<>();
            list.getItems().setAll(usedBy);
            list.setPrefHeight(Math.min(8, usedBy.size()) * 26 + 4);
            list.setId("usedByList");
            Label header = new Label(usedByHeader);
            header.setWrapText(true);
            alert.getDialogPane().setContent(new VBox(8, header, list));
        }
        if (irreversible) {
            ((Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        alert.getDialogPane().lookupButton(cancel).requestFocus();
        return alert.showAndWait().filter(b -> b == delete).isPresent();
    }

    /**
     * Tells the user that what they saved was changed (or deleted) by someone else since they loaded it.
     *
     * @param what "the room “Salon Murat”"
     */
    public static StaleChoice staleEdit(Window owner, ResourceBundle messages, String what, boolean deleted) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(messages.getString("stale.title"));
        alert.setHeaderText(Messages.format(messages, deleted ? "stale.deleted" : "stale.changed", what));
        alert.setContentText(messages.getString(deleted ? "stale.deletedQuestion" : "stale.question"));
        ButtonType reload = new ButtonType(messages.getString(deleted ? "stale.discard" : "stale.reload"),
                ButtonBar.ButtonData.NO);
        ButtonType overwrite = new ButtonType(messages.getString(deleted ? "stale.saveAgain" : "stale.overwrite"),
                ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(messages.getString("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(reload, overwrite, cancel);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return StaleChoice.CANCEL;
        }
        return answer.get() == reload ? StaleChoice.RELOAD : StaleChoice.OVERWRITE;
    }

    public static void error(Window owner, ResourceBundle messages, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(messages.getString("problem.title"));
        alert.setHeaderText(messages.getString("problem.title"));
        alert.setContentText(message);
        alert.showAndWait();
    }
}
