package org.summitplanner.ui.common;

import javafx.scene.Node;

/** A screen the main window can show in its centre. */
public interface Screen {

    Node view();

    /** Called each time the screen comes into view. */
    default void shown() {
    }

    /** Ctrl+N: start a new row. */
    default void newItem() {
    }

    /** Ctrl+F: put the cursor in the filter field. */
    default void focusFilter() {
    }
}
