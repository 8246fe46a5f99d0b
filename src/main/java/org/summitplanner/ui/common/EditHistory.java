package org.summitplanner.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The edits of this session, for Ctrl+Z and Ctrl+Y. Undo and redo run on the background executor;
 * one that fails (the row changed elsewhere meanwhile) is dropped and reported.
 */
public final class EditHistory {

    private static final int LIMIT = 200;

    private final Background background;
    private final DataChanges changes;
    private final Consumer<Throwable> failed;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private boolean running;

    public EditHistory(Background background, DataChanges changes, Consumer<Throwable> failed) {
        this.background = background;
        this.changes = changes;
        this.failed = failed;
    }

    /** An edit that was just done: it becomes the one to undo, and nothing can be redone. */
    public void record(Edit edit) {
        undo.push(edit);
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    public void undo() {
        step(undo, redo, true);
    }

    public void redo() {
        step(redo, undo, false);
    }

    /** Forgets every edit (another database or summit was opened). */
    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void step(Deque<Edit> from, Deque<Edit> to, boolean isUndo) {
        if (running || from.isEmpty()) {
            return;
        }
        Edit edit = from.pop();
        running = true;
        update();
        background.run(() -> {
            if (isUndo) {
                edit.undo();
            } else {
                edit.redo();
            }
            return edit;
        }, done -> {
            running = false;
            to.push(done);
            update();
            done.stored();
            changes.fire();
        }, error -> {
            running = false;
            update();
            changes.fire();
            failed.accept(error);
        });
    }

    private void update() {
        canUndo.set(!running && !undo.isEmpty());
        canRedo.set(!running && !redo.isEmpty());
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
