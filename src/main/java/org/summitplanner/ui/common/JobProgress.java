package org.summitplanner.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import org.summitplanner.printing.PrintProgress;

/**
 * The progress of one background print or PDF job (the Print and Seating screens), handed to the FX
 * thread at most once per percent, and its cancel flag: work stops between pages, never by
 * interrupting a thread.
 */
public final class JobProgress implements PrintProgress {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final DoubleConsumer onProgress;
    private volatile int lastPercent = -1;

    public JobProgress(DoubleConsumer onProgress) {
        this.onProgress = onProgress;
    }

    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    @Override
    public void update(long done, long total) {
        int percent = total == 0 ? 100 : (int) (100 * done / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            Platform.runLater(() -> onProgress.accept(percent / 100.0));
        }
    }
}
