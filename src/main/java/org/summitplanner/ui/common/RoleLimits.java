package org.summitplanner.ui.common;

import javafx.scene.Node;

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
}
