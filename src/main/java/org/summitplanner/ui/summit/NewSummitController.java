package org.summitplanner.ui.summit;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import org.controlsfx.control.SearchableComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.summitplanner.model.Nation;

/** Binds the new-summit form; errors show at their field through ControlsFX decorations. */
public final class NewSummitController {

    private final NewSummitModel model;
    private final List<Nation> nations;
    private final Locale locale;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private TextField name;
    @FXML private SearchableComboBox<Nation> host;
    @FXML private TextField city;
    @FXML private TextField venue;
    @FXML private DatePicker firstDay;
    @FXML private DatePicker lastDay;
    @FXML private ComboBox<String> timeZone;

    public NewSummitController(NewSummitModel model, List<Nation> nations, Locale locale) {
        this.model = model;
        this.nations = nations;
        this.locale = locale;
    }

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(model.nameProperty());
        host.setItems(FXCollections.observableArrayList(nations));
        host.setConverter(new StringConverter<>() {
            @Override
            public String toString(Nation n) {
                return n == null ? "" : n.name(locale) + " (" + n.code() + ")";
            }

            @Override
            public Nation fromString(String text) {
                return nations.stream().filter(n -> toString(n).equals(text)).findFirst().orElse(null);
            }
        });
        host.valueProperty().bindBidirectional(model.hostProperty());
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
