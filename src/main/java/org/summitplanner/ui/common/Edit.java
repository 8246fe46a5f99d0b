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
