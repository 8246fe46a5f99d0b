package org.summitplanner.ui.common;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The one way screens learn that the summit's data changed. Whatever stores a change fires it once
 * the change is stored: every edit a screen saves, the edit history after each undo and redo, an
 * import, the summit's details. Every screen's model {@link #subscribe subscribes} and reads again what
 * it shows (the Overview through MainModel, the Findings through LiveChecks) while it is in view
 * ({@link InView}; the Print screen checks its view itself), and when it comes into view ({@link Screen#shown}). What is written to a file or a printer is read in the same background job that writes it,
 * never taken from what a screen read earlier. FX thread only.
 */
public final class DataChanges {

    private final ReadOnlyLongWrapper count = new ReadOnlyLongWrapper(this, "count");

    public void fire() {
        count.set(count.get() + 1);
    }

    /** Runs {@code onChange} on the FX thread after every change to the summit's data. */
    public void subscribe(Runnable onChange) {
        count.addListener((obs, old, now) -> onChange.run());
    }

    public ReadOnlyLongProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
