package org.summitplanner.ui.delegations;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;
import org.summitplanner.model.Nation;
import org.summitplanner.model.AddressStyle;
import org.summitplanner.model.Role;
import org.summitplanner.ui.common.FieldErrors;

/** Binds the attendee form to its model; Enter saves, Escape reverts. */
public final class AttendeeFormController {

    private final AttendeeFormModel model;
    private final ResourceBundle messages;
    private final List<Nation> nations;
    private final Locale locale;
    private boolean syncing;

    @FXML private GridPane form;
    /** The user's role may not change attendees: Enter saves nothing. */
    private boolean readOnly;
    @FXML private Label formTitle;
    @FXML private SearchableComboBox<Nation> nation;
    @FXML private TextField honorific;
    @FXML private TextField givenName;
    @FXML private TextField familyName;
    @FXML private TextField position;
    @FXML private TextField positionFr;
    @FXML private ChoiceBox<Role> role;
    @FXML private ChoiceBox<AddressStyle> style;
    @FXML private DatePicker tookOffice;
    @FXML private TextField styleEn;
    @FXML private TextField styleFr;
    @FXML private CheckBox head;
    @FXML private Label headHint;
    @FXML private TextField email;
    @FXML private TextField phone;
    @FXML private CheckComboBox<String> languages;
    @FXML private DatePicker arrivalDate;
    @FXML private TextField arrivalTime;
    @FXML private DatePicker departureDate;
    @FXML private TextField departureTime;
    @FXML private Label stayHint;
    @FXML private TextArea notes;
    @FXML private TextField key;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Label notice;
    @FXML private Label problems;

    public AttendeeFormController(AttendeeFormModel model, ResourceBundle messages, List<Nation> nations) {
        this.model = model;
        this.messages = messages;
        this.locale = messages.getLocale() == null ? Locale.ROOT : messages.getLocale();
        Collator collator = Collator.getInstance(locale);
        this.nations = nations.stream().sorted(Comparator.comparing((Nation n) -> n.name(locale), collator)).toList();
    }

    @FXML
    private void initialize() {
        AttendeeFields fields = model.fields();
        bindNation(fields);
        honorific.textProperty().bindBidirectional(fields.honorificProperty());
        givenName.textProperty().bindBidirectional(fields.givenNameProperty());
        familyName.textProperty().bindBidirectional(fields.familyNameProperty());
        position.textProperty().bindBidirectional(fields.positionProperty());
        positionFr.textProperty().bindBidirectional(fields.positionFrProperty());
        role.getItems().setAll(Role.values());
        role.setConverter(converter(r -> messages.getString("role." + r.name())));
        role.valueProperty().bindBidirectional(fields.roleProperty());
        style.getItems().add(null);
        style.getItems().addAll(AddressStyle.values());
        style.setConverter(converter(st -> st.text(Locale.ENGLISH) + " / " + st.text(Locale.FRENCH)));
        style.valueProperty().bindBidirectional(fields.styleProperty());
        styleEn.textProperty().bindBidirectional(fields.styleEnProperty());
        styleFr.textProperty().bindBidirectional(fields.styleFrProperty());
        bindDate(tookOffice, fields.tookOfficeProperty());
        limit(styleEn, 100);
        limit(styleFr, 100);
        head.selectedProperty().bindBidirectional(fields.headProperty());
        headHint.textProperty().bind(model.validation().headHint());
        email.textProperty().bindBidirectional(fields.emailProperty());
        phone.textProperty().bindBidirectional(fields.phoneProperty());
        bindLanguages(fields);
        bindDate(arrivalDate, fields.arrivalDateProperty());
        bindDate(departureDate, fields.departureDateProperty());
        for (TextField time : List.of(arrivalTime, departureTime)) {
            time.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("[0-9:h. ]{0,5}") ? c : null));
        }
        arrivalTime.textProperty().bindBidirectional(fields.arrivalTimeProperty());
        departureTime.textProperty().bindBidirectional(fields.departureTimeProperty());
        stayHint.textProperty().bind(model.validation().stayHint());
        notes.textProperty().bindBidirectional(fields.notesProperty());
        key.textProperty().bindBidirectional(fields.keyProperty());
        limit(honorific, 50);
        limit(givenName, 100);
        limit(familyName, 100);
        limit(position, 200);
        limit(positionFr, 200);
        limit(email, 254);
        limit(phone, 50);
        limit(key, 100);
        notes.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() <= 2000 ? c : null));

        formTitle.textProperty().bind(model.titleProperty());
        notice.textProperty().bind(model.noticeProperty());
        problems.textProperty().bind(model.validation().problems());
        problems.visibleProperty().bind(model.validation().problems().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        form.disableProperty().bind(model.shownProperty().isNull().and(model.editingNewProperty().not()));
        saveButton.disableProperty().bind(model.validation().validProperty().not().or(model.dirtyProperty().not()));
        revertButton.disableProperty().bind(model.dirtyProperty().not());
        form.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);

        FieldErrors errors = new FieldErrors();
        errors.show(nation, model.validation().nationError());
        errors.show(givenName, model.validation().nameError());
        errors.show(familyName, model.validation().nameError());
        errors.show(role, model.validation().roleError());
        errors.show(email, model.validation().emailError());
        errors.show(phone, model.validation().phoneError());
        errors.show(arrivalDate, model.validation().arrivalDateError());
        errors.show(arrivalTime, model.validation().arrivalTimeError());
        errors.show(departureDate, model.validation().departureDateError());
        errors.show(departureTime, model.validation().departureTimeError());
        errors.show(key, model.validation().keyError());
    }

    private void bindNation(AttendeeFields fields) {
        nation.getItems().setAll(nations);
        nation.setConverter(converter(n -> n.name(locale) + " (" + n.code() + ")"));
        nation.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                fields.nationProperty().set(now == null ? null : now.code());
            }
        });
        fields.nationProperty().addListener((obs, old, code) -> showNation(code));
        showNation(fields.nationProperty().get());
    }

    private void showNation(String code) {
        syncing = true;
        nation.setValue(nations.stream().filter(n -> n.code().equals(code)).findFirst().orElse(null));
        syncing = false;
    }

    /** Keeps the checked languages and the model's list (in order of preference) in step. */
    private void bindLanguages(AttendeeFields fields) {
        languages.getItems().setAll(model.languageChoices());
        model.languageChoices().addListener((ListChangeListener<String>) c -> {
            syncing = true;
            languages.getItems().setAll(model.languageChoices());
            languages.getCheckModel().clearChecks();
            fields.languages().forEach(code -> languages.getCheckModel().check(code));
            syncing = false;
        });
        languages.setConverter(converter(code -> Languages.label(code, locale)));
        languages.titleProperty().bind(Bindings.createStringBinding(() -> fields.languages().isEmpty()
                ? messages.getString("form.noLanguages") : String.join(", ", fields.languages()), fields.languages()));
        Tooltip names = new Tooltip();
        names.textProperty().bind(Bindings.createStringBinding(() -> fields.languages().stream()
                .map(code -> Languages.label(code, locale)).collect(Collectors.joining("\n")), fields.languages()));
        languages.setTooltip(names);
        fields.languages().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                syncing = true;
                languages.getCheckModel().clearChecks();
                fields.languages().forEach(code -> languages.getCheckModel().check(code));
                syncing = false;
            }
        });
        languages.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (syncing) {
                return;
            }
            syncing = true;
            List<String> checked = languages.getCheckModel().getCheckedItems();
            List<String> ordered = new ArrayList<>(fields.languages().stream().filter(checked::contains).toList());
            checked.stream().filter(code -> !ordered.contains(code)).forEach(ordered::add);
            fields.languages().setAll(ordered);
            syncing = false;
        });
    }

    private void bindDate(DatePicker picker, ObjectProperty<LocalDate> value) {
        // typed and shown as in every date field of the window; an unreadable date keeps the one before
        org.summitplanner.ui.common.DateFields.install(picker, messages);
        picker.valueProperty().bindBidirectional(value);
    }

    private static void limit(TextField field, int length) {
        field.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() <= length ? c : null));
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** Enter saves and Escape reverts, unless a drop-down is open (its own keys then); Shift+Enter breaks a line of notes. */
    private void keys(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER && e.getCode() != KeyCode.ESCAPE && e.getCode() != KeyCode.TAB) {
            return;
        }
        if (e.getTarget() instanceof Node target && popupOpen(target)) {
            return;
        }
        if (e.getCode() == KeyCode.TAB) {
            // a text area would take Tab as a character: keep the form walkable from the keyboard
            if (e.getTarget() == notes && !e.isControlDown()) {
                (e.isShiftDown() ? departureTime : key).requestFocus();
                e.consume();
            }
            return;
        }
        e.consume();
        if (e.getCode() == KeyCode.ESCAPE) {
            model.revert();
        } else if (e.isShiftDown() && e.getTarget() == notes) {
            notes.insertText(notes.getCaretPosition(), "\n");
        } else {
            commitDates();
            model.save();
        }
    }

    private static boolean popupOpen(Node target) {
        for (Node n = target; n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> box && box.isShowing() || n instanceof ChoiceBox<?> choice && choice.isShowing()) {
                return true;
            }
        }
        return false;
    }

    /** A date typed but not yet confirmed in its field counts when the form is saved. */
    private void commitDates() {
        for (DatePicker picker : List.of(arrivalDate, departureDate)) {
            String typed = picker.getEditor().getText();
            picker.setValue(picker.getConverter().fromString(typed));
        }
    }

    void focusFirstField() {
        givenName.requestFocus();
    }

    @FXML
    private void save() {
        if (readOnly) {
            return;
        }
        commitDates();
        model.save();
    }

    @FXML
    private void revert() {
        model.revert();
    }

    /** The user's role may not change attendees. */
    void readOnly() {
        readOnly = true;
        org.summitplanner.ui.common.RoleLimits.disable(saveButton);
        org.summitplanner.ui.common.RoleLimits.readOnlyForm(form);
    }
}
