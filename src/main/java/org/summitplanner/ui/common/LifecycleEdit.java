package org.summitplanner.ui.common;

/**
 * Undo and redo of creating or deleting a row. Deleting yields a snapshot from which the row
 * (under its old id, with what referred to it) can be put back; putting it back yields the row,
 * which can be deleted again.
 *
 * @param <R> the row
 * @param <D> what a deletion returns, enough to restore it
 */
public final class LifecycleEdit<R, D> implements Edit {

    /** The two blocking operations on the row. */
    public interface Operations<R, D> {
        D delete(R row) throws Exception;

        R restore(D deleted) throws Exception;
    }

    private final String description;
    private final Operations<R, D> operations;
    private R row;
    private D deleted;

    private LifecycleEdit(String description, Operations<R, D> operations, R row, D deleted) {
        this.description = description;
        this.operations = operations;
        this.row = row;
        this.deleted = deleted;
    }

    /** The row was just created: undo deletes it, redo puts it back. */
    public static <R, D> LifecycleEdit<R, D> created(String description, R row, Operations<R, D> operations) {
        return new LifecycleEdit<>(description, operations, row, null);
    }

    /** The row was just deleted: undo puts it back, redo deletes it again. */
    public static <R, D> LifecycleEdit<R, D> deleted(String description, D deleted, Operations<R, D> operations) {
        return new LifecycleEdit<>(description, operations, null, deleted);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public synchronized void undo() throws Exception {
        flip();
    }

    @Override
    public synchronized void redo() throws Exception {
        flip();
    }

    private void flip() throws Exception {
        if (row != null) {
            deleted = operations.delete(row);
            row = null;
        } else {
            row = operations.restore(deleted);
            deleted = null;
        }
    }
}
