package org.summitplanner.ui.team;

import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * File › Connect to team database…: server, port, database, user and the password, asked each time.
 * The result carries the password as characters, which the connection clears; the field is emptied.
 */
public final class ConnectDialog extends Dialog<ConnectDialog.Request> {

    /** What to connect to, as whom. */
    public record Request(String address, String user, char[] password) {
    }

    public ConnectDialog(Window owner, ConnectModel model, ResourceBundle messages) {
        initOwner(owner);
        setTitle(messages.getString("connect.title"));
        getDialogPane().setHeaderText(messages.getString("connect.header"));
        ButtonType connect = new ButtonType(messages.getString("connect.connect"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);

        TextField host = field("host", model.hostProperty());
        TextField port = field("port", model.portProperty());
        port.setPrefColumnCount(6);
        TextField database = field("database", model.databaseProperty());
        TextField user = field("user", model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 12, 4, 12));
        grid.addRow(0, label(messages, "connect.host", host), host, label(messages, "connect.port", port), port);
        grid.addRow(1, label(messages, "connect.database", database), database);
        grid.addRow(2, label(messages, "connect.user", user), user);
        grid.addRow(3, label(messages, "connect.password", password), password);
        grid.add(problem, 0, 4, 4, 1);
        GridPane.setColumnSpan(database, 3);
        GridPane.setColumnSpan(user, 3);
        GridPane.setColumnSpan(password, 3);
        GridPane.setHgrow(host, Priority.ALWAYS);
        host.setPrefColumnCount(22);
        getDialogPane().setContent(grid);

        Node ok = getDialogPane().lookupButton(connect);
        ok.disableProperty().bind(model.validProperty().not());
        setOnShown(e -> (model.hostProperty().get().isBlank() ? host : password).requestFocus());
        setResultConverter(button -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            if (button != connect) {
                java.util.Arrays.fill(typed, '\0');
                return null;
            }
            model.remember();
            return new Request(model.address(), model.user(), typed);
        });
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Label label(ResourceBundle messages, String key, Node field) {
        Label label = new Label(messages.getString(key));
        label.setLabelFor(field);
        return label;
    }
}
