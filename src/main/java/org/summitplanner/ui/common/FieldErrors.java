package org.summitplanner.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** Shows a presentation model's per-field error at its control, with a ControlsFX decoration. */
public final class FieldErrors {

    private final ValidationSupport support = new ValidationSupport();

    public FieldErrors() {
        support.setErrorDecorationEnabled(true);
    }

    /**
     * Not on a greyed field: a form with nothing chosen (an abandoned new item, a deleted one) is empty, and
     * "required" marks on it would ask for input the user cannot give.
     *
     * @param error the field's current error message, or null when the field is right
     */
    public void show(Control control, ObservableStringValue error) {
        support.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromMessageIf(c, error.get(), Severity.ERROR, error.get() != null && !c.isDisabled()));
        error.addListener((obs, old, now) -> support.revalidate(control));
        control.disabledProperty().addListener((obs, old, now) -> support.revalidate(control));
    }
}
