package org.summitplanner.ui.summit;

import java.time.ZoneId;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.summitplanner.model.Nation;

/** Binds the new-summit form; errors show at their field through ControlsFX decorations. */
public final class SummitController {

    private final SummitModel model;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private TextField name;
    @FXML private TextField host;
    @FXML private ListView<Nation> hostList;
    @FXML private TextField city;
    @FXML private TextField venue;
    @FXML private TextField nameFr;
    @FXML private TextField venueFr;
    @FXML private DatePicker firstDay;
    @FXML private DatePicker lastDay;
    @FXML private ComboBox<String> timeZone;
    @FXML private TextField transferMinutes;
    /** The bundle the view was loaded with (FXMLLoader injects it). */
    @FXML private java.util.ResourceBundle resources;

    public SummitController(SummitModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(model.nameProperty());
        host.textProperty().bindBidirectional(model.hostTextProperty());
        hostList.setItems(model.hostChoices());
        hostList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Nation nation, boolean empty) {
                super.updateItem(nation, empty);
                setText(empty ? null : model.display(nation));
            }
        });
        model.hostProperty().addListener((obs, old, now) -> {
            hostList.getSelectionModel().select(now);
            // keep the one before in sight, so that moving down does not hide where one came from
            hostList.scrollTo(Math.max(0, hostList.getItems().indexOf(now) - 1));
        });
        hostList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.choose(now));
        hostList.setOnMouseClicked(e -> model.completeHost());
        // the arrows move through the choices while typing; Enter or leaving the field takes the chosen one
        host.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int at = hostList.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.DOWN && at < hostList.getItems().size() - 1) {
                hostList.getSelectionModel().select(at + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.UP && at > 0) {
                hostList.getSelectionModel().select(at - 1);
                e.consume();
            }
        });
        host.setOnAction(e -> model.completeHost());
        host.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.completeHost();
            }
        });
        city.textProperty().bindBidirectional(model.cityProperty());
        venue.textProperty().bindBidirectional(model.venueProperty());
        nameFr.textProperty().bindBidirectional(model.nameFrProperty());
        venueFr.textProperty().bindBidirectional(model.venueFrProperty());
        org.summitplanner.ui.common.DateFields.install(firstDay, resources);
        org.summitplanner.ui.common.DateFields.install(lastDay, resources);
        firstDay.valueProperty().bindBidirectional(model.firstDayProperty());
        lastDay.valueProperty().bindBidirectional(model.lastDayProperty());
        timeZone.setItems(FXCollections.observableArrayList(ZoneId.getAvailableZoneIds().stream().sorted().toList()));
        timeZone.getEditor().textProperty().bindBidirectional(model.timeZoneProperty());

        decorate(name, model.nameError());
        decorate(host, model.hostError());
        decorate(city, model.cityError());
        decorate(firstDay, model.firstDayError());
        decorate(lastDay, model.lastDayError());
        decorate(timeZone, model.timeZoneError());
        transferMinutes.textProperty().bindBidirectional(model.transferMinutesProperty());
        decorate(transferMinutes, model.transferError());
    }

    private void decorate(Control control, StringBinding error) {
        validation.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromMessageIf(c, error.get(), Severity.ERROR, error.get() != null));
        error.addListener((obs, old, now) -> validation.revalidate(control));
    }
}
