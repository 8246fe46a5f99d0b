package org.summitplanner.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;

/**
 * Greys out what the user's team role may not do. The server refuses such writes anyway (see
 * TeamService); this only saves the user a refusal. A role is fixed for a session and the screens are
 * built again for each database, so the controls' own enabling rules are simply replaced.
 */
public final class RoleLimits {

    private RoleLimits() {
    }

    /** Disables each control for good (its own disable binding, if any, is dropped). */
    public static void disable(Node... controls) {
        for (Node control : controls) {
            if (control != null) {
                control.disableProperty().unbind();
                control.setDisable(true);
            }
        }
    }

    /**
     * A form the user may read but not change: its texts stay selectable and copyable but cannot be typed
     * into, and its choices, dates, check boxes and buttons are greyed out, so nothing becomes an unsaved
     * edit that the server would refuse on saving.
     */
    public static void readOnlyForm(Node form) {
        if (form instanceof TextInputControl text) {
            text.setEditable(false);
        } else if (form instanceof ComboBoxBase<?> || form instanceof ChoiceBox<?> || form instanceof ButtonBase
                || form instanceof Spinner<?> || form instanceof Slider) {
            disable(form);
        } else if (form instanceof ScrollPane scroll) {
            readOnlyForm(scroll.getContent());
        } else if (form instanceof TitledPane titled) {
            readOnlyForm(titled.getContent());
        } else if (form instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(RoleLimits::readOnlyForm);
        }
    }
}
