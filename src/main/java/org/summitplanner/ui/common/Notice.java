package org.summitplanner.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A screen's status line about what the user just did ("Request saved", "3 meetings added"). It goes
 * blank on the next change of the summit's data after the one its own edit fired: an undo or redo of that
 * edit, or a change made elsewhere, would leave it describing what is no longer so. FX thread only.
 */
public final class Notice {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final DataChanges changes;
    /** The change count the text holds for; any later change clears it. */
    private long holdsFor = Long.MIN_VALUE;

    public Notice(DataChanges changes) {
        this.changes = changes;
        changes.countProperty().addListener((obs, old, now) -> {
            if (now.longValue() != holdsFor) {
                text.set("");
            }
        });
    }

    /** Shows the text of an edit just stored and fires the change; the text stays for that change only. */
    public void announce(String message) {
        text.set(message);
        holdsFor = changes.countProperty().get() + 1;
        changes.fire();
    }

    /** Shows a text without a change of data (a refusal, an error); the next change clears it. */
    public void set(String message) {
        text.set(message);
        holdsFor = changes.countProperty().get();
    }

    public String get() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
