package org.summitplanner.ui.summit;

import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.summitplanner.model.Nation;

/** Binds the new-summit form; errors show at their field through ControlsFX decorations. */
public final class NewSummitController {

    private final NewSummitModel model;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private TextField name;
    @FXML private TextField host;
    @FXML private Label hostChosen;
    @FXML private TextField city;
    @FXML private TextField venue;
    @FXML private DatePicker firstDay;
    @FXML private DatePicker lastDay;
    @FXML private ComboBox<String> timeZone;

    public NewSummitController(NewSummitModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(model.nameProperty());
        host.textProperty().bindBidirectional(model.hostTextProperty());
        // while the typed text is not yet a full name, say which nation it means
        hostChosen.textProperty().bind(Bindings.createStringBinding(() -> {
            Nation chosen = model.hostProperty().get();
            return chosen == null || model.display(chosen).equals(host.getText()) ? "" : "→ " + model.display(chosen);
        }, model.hostProperty(), host.textProperty()));
        AutoCompletionBinding<Nation> completion = TextFields.bindAutoCompletion(host,
                request -> model.suggestions(request.getUserText()), new StringConverter<>() {
                    @Override
                    public String toString(Nation n) {
                        return model.display(n);
                    }

                    @Override
                    public Nation fromString(String text) {
                        return model.hostProperty().get();
                    }
                });
        completion.setVisibleRowCount(8);
        // Enter or leaving the field takes the best match: "Fr" then Enter is France
        host.setOnAction(e -> model.completeHost());
        host.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.completeHost();
            }
        });
        city.textProperty().bindBidirectional(model.cityProperty());
        venue.textProperty().bindBidirectional(model.venueProperty());
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
    }

    private void decorate(Control control, StringBinding error) {
        validation.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromMessageIf(c, error.get(), Severity.ERROR, error.get() != null));
        error.addListener((obs, old, now) -> validation.revalidate(control));
    }
}
