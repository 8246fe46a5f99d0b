package org.summitplanner.ui.common;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import org.summitplanner.errors.StaleDataException;

/**
 * Undo and redo of a change to one row: each swaps the stored values with the other ones. It writes
 * them at once under the version this edit stored (the UPDATE's "WHERE version = ?"), which is the
 * usual case and needs no read first. Only when that is refused does it read the row: if its values
 * are no longer the ones this edit left (someone else changed it meanwhile) the swap is refused rather
 * than overwriting their change. Later edits of the same row in this session move its version on;
 * comparing values instead of versions lets them be undone one after the other.
 */
public final class UpdateEdit<T> implements Edit {

    private final String description;
    private final UnaryOperator<T> write;
    private final UnaryOperator<T> reload;
    private final ToIntFunction<T> version;
    private final BiFunction<T, Integer, T> withVersion;
    private T stored;
    private T other;
    private Consumer<T> show = row -> { };

    /**
     * @param before the row as it was before the change
     * @param after the row as the change saved it (with its new version)
     * @param write saves a row checking its version and returns it as saved
     * @param reload reads the row as stored now (throws when it was deleted)
     */
    public UpdateEdit(String description, T before, T after, UnaryOperator<T> write, UnaryOperator<T> reload,
                      ToIntFunction<T> version, BiFunction<T, Integer, T> withVersion) {
        this.description = description;
        this.stored = after;
        this.other = before;
        this.write = write;
        this.reload = reload;
        this.version = version;
        this.withVersion = withVersion;
    }

    /**
     * Shows the row as each undo or redo stored it, on the FX thread before the screens reload: the same
     * at-once display as after the edit itself (see {@link Edit#stored}).
     */
    public UpdateEdit<T> showing(Consumer<T> shown) {
        this.show = shown;
        return this;
    }

    @Override
    public void stored() {
        T now;
        synchronized (this) {
            now = stored;
        }
        show.accept(now);
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
        T written;
        try {
            // the usual case: nothing wrote the row since this edit stored it, so its version is still the
            // stored one and the UPDATE's "WHERE version = ?" is the whole stale check (every write moves the
            // version on, the rule SummitChanges relies on too)
            written = write.apply(withVersion.apply(other, version.applyAsInt(stored)));
        } catch (StaleDataException refused) {
            // the version moved on (a later edit of this session and its undo, or someone else): compare values
            written = writeIfUnchanged();
        }
        other = stored;
        stored = written;
    }

    private T writeIfUnchanged() {
        T now = reload.apply(stored);
        int current = version.applyAsInt(now);
        if (!withVersion.apply(stored, current).equals(now)) {
            throw new EditConflictException();
        }
        return write.apply(withVersion.apply(other, current));
    }
}
