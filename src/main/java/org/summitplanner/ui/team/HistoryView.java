package org.summitplanner.ui.team;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.summitplanner.ui.common.Messages;

/** The History window: who changed what in a summit and when, newest first. */
public final class HistoryView {

    private final Stage stage = new Stage();
    private final TableView<HistoryModel.Row> table = new TableView<>();

    public HistoryView(Window owner, HistoryModel model, ResourceBundle messages, String summitName, Runnable refresh) {
        stage.initOwner(owner);
        stage.setTitle(Messages.format(messages, "history.title", summitName));
        table.setId("historyTable");
        // one row's history: type its table and id ("room 12"), or a name, a user, a value
        javafx.scene.control.TextField filter = new javafx.scene.control.TextField();
        filter.setId("historyFilter");
        filter.setPromptText(messages.getString("history.filter"));
        filter.setPrefColumnCount(28);
        javafx.collections.transformation.FilteredList<HistoryModel.Row> shown = new javafx.collections.transformation
                .FilteredList<>(model.rows());
        shown.predicateProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> HistoryModel.matching(filter.getText()), filter.textProperty()));
        table.setItems(shown);
        table.getColumns().add(column(messages.getString("history.at"), HistoryModel.Row::at, 170));
        table.getColumns().add(column(messages.getString("history.user"), HistoryModel.Row::user, 110));
        table.getColumns().add(column(messages.getString("history.change"), HistoryModel.Row::change, 70));
        table.getColumns().add(column(messages.getString("history.table"), HistoryModel.Row::what, 130));
        table.getColumns().add(column(messages.getString("history.fields"), HistoryModel.Row::fields, 560));
        Label count = new Label();
        count.textProperty().bind(model.countProperty());
        Button again = new Button(messages.getString("history.refresh"));
        again.setOnAction(e -> refresh.run());
        Button close = new Button(messages.getString("history.close"));
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, filter, count, gap, again, close);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane root = new BorderPane(table, null, null, bar, null);
        Scene scene = new Scene(root, 1080, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    private static TableColumn<HistoryModel.Row, String> column(String title,
                                                               java.util.function.Function<HistoryModel.Row, String> value,
                                                               double width) {
        TableColumn<HistoryModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
