package org.summitplanner.ui.common;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/** A counter that moves on every change to the summit's data, so screens know to reload. FX thread only. */
public final class DataChanges {

    private final ReadOnlyLongWrapper count = new ReadOnlyLongWrapper(this, "count");

    public void fire() {
        count.set(count.get() + 1);
    }

    public ReadOnlyLongProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
