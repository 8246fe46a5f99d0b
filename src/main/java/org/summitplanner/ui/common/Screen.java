package org.summitplanner.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;

/** A screen the main window can show in its centre. */
public interface Screen {

    Node view();

    /** Called each time the screen comes into view. */
    default void shown() {
    }

    /**
     * True while the screen reads what it shows (after {@link #shown}, after a change): the window puts a
     * busy sign over it meanwhile. A screen that shows what it has at once leaves it false.
     */
    default ReadOnlyBooleanProperty loadingProperty() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }

    /** Whether a form holds typing not yet saved: Ctrl+Z then undoes typing in the field, not a saved edit. */
    default boolean hasUnsavedEdit() {
        return false;
    }

    /** Ctrl+N: start a new row. */
    default void newItem() {
    }

    /** Ctrl+F: put the cursor in the filter field. */
    default void focusFilter() {
    }

    /**
     * Shows one thing in the screen's editor when another screen sends the user here (see
     * {@link Navigator}): an id or a code, as the screen understands it.
     */
    default void reveal(Object what) {
    }
}
