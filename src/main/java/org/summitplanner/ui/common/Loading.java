package org.summitplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether a screen is reading what it shows: true while one of its reads is out (and while it waits for
 * something else it shows, see {@link #waiting}). The window puts a busy sign over the screen meanwhile
 * (see {@link Screen#loadingProperty}). FX thread only.
 */
public final class Loading {

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private int out;
    private boolean waiting;

    /** Runs a read on the background executor, counted until its result (or failure) has been handled. */
    public <T> void run(Background background, Callable<T> read, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        out++;
        update();
        background.run(read, result -> {
            try {
                onSuccess.accept(result);
            } finally {
                out--;
                update();
            }
        }, error -> {
            try {
                onFailure.accept(error);
            } finally {
                out--;
                update();
            }
        });
    }

    /** Loading also while this is true (the findings wait for the live checks' first result). */
    public void waiting(boolean now) {
        waiting = now;
        update();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    private void update() {
        loading.set(out > 0 || waiting);
    }
}
