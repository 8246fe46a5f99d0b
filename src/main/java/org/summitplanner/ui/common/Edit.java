package org.summitplanner.ui.common;

/**
 * One edit of the session that can be undone and redone. Both run off the FX thread and may
 * throw (for example when someone else changed the row meanwhile); the history then drops it.
 */
public interface Edit {

    /** Shown in the Edit menu: "Undo delete room “Salon Murat”". */
    String description();

    void undo() throws Exception;

    void redo() throws Exception;

    /**
     * Runs on the FX thread once an undo or redo is stored, before {@link DataChanges} fires: a screen
     * can show what the edit stored at once (a moved block moves back in the next frame) instead of
     * waiting for its reload. Does nothing unless the edit was given something to show.
     */
    default void stored() {
    }

    static Edit of(String description, Action undo, Action redo) {
        return new Edit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() throws Exception {
                undo.run();
            }

            @Override
            public void redo() throws Exception {
                redo.run();
            }
        };
    }

    /** Blocking work that may fail. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }
}
