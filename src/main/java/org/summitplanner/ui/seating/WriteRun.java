package org.summitplanner.ui.seating;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import org.summitplanner.printing.PrintProgress;

/** One PDF being written: its progress reported on the FX thread (whole percents), and its cancel flag. */
final class WriteRun implements PrintProgress {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final DoubleConsumer onProgress;
    private volatile int lastPercent = -1;

    WriteRun(DoubleConsumer onProgress) {
        this.onProgress = onProgress;
    }

    void cancel() {
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
