package org.summitplanner.ui.common;

/** An undo or redo found its row changed by someone else since; nothing was written. */
public class EditConflictException extends RuntimeException {

    public EditConflictException() {
        super("the row was changed elsewhere since this edit");
    }
}
