package org.summitplanner.ui.common;

import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Undo and redo of a change to one row: each swaps the stored values with the other ones, writing
 * at the version the row has after the previous swap, so a change made elsewhere meanwhile is
 * refused (stale) rather than overwritten.
 */
public final class UpdateEdit<T> implements Edit {

    private final String description;
    private final UnaryOperator<T> write;
    private final ToIntFunction<T> version;
    private final BiFunction<T, Integer, T> withVersion;
    private T stored;
    private T other;

    /**
     * @param before the row as it was before the change
     * @param after the row as the change saved it (with its new version)
     * @param write saves a row checking its version and returns it as saved
     */
    public UpdateEdit(String description, T before, T after, UnaryOperator<T> write, ToIntFunction<T> version,
                      BiFunction<T, Integer, T> withVersion) {
        this.description = description;
        this.stored = after;
        this.other = before;
        this.write = write;
        this.version = version;
        this.withVersion = withVersion;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public synchronized void undo() {
        swap();
    }

    @Override
    public synchronized void redo() {
        swap();
    }

    private void swap() {
        T written = write.apply(withVersion.apply(other, version.applyAsInt(stored)));
        other = stored;
        stored = written;
    }
}
