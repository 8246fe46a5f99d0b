package org.summitplanner.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.summitplanner.importing.ImportException;

/**
 * The planned rows of {@link ImportService#importFile} going from the thread that reads and plans the file
 * to the thread that writes them, in batches through a short queue (so that at most {@link #QUEUED} batches
 * wait, whatever the file's size). The writing thread always waits for the reading one to end, also when
 * the writing fails: nothing of the reading outlives the call.
 *
 * @param <T> a row to write
 * @param <R> what the reading gives at its end (the plan's summary)
 */
final class Handoff<T, R> implements Consumer<T> {

    /** Rows per batch handed over. */
    static final int BATCH = 250;
    /** Batches waiting at most. */
    static final int QUEUED = 8;

    /** Reads and plans the file, handing each row to write to {@code sent} on the reading thread; gives the summary. */
    interface Planning<T, R> {
        R plan(Handoff<T, R> sent) throws ImportException;
    }

    /** The reading's end (never a batch: batches are handed only when not empty). */
    private final List<T> end = new ArrayList<>(0);

    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(QUEUED);
    private volatile boolean abandoned;
    private List<T> batch = new ArrayList<>(BATCH);
    private R summary;
    private Throwable failure;

    private Handoff() {
    }

    /**
     * Runs {@code planning} on {@code reader} and gives every row it hands over to {@code sink} on the
     * calling thread, in order; returns when the reading has ended and all its rows went to the sink.
     *
     * @throws ImportException as the planning throws it
     */
    static <T, R> R run(Executor reader, Planning<T, R> planning, Consumer<T> sink) throws ImportException {
        Handoff<T, R> handoff = new Handoff<>();
        reader.execute(() -> {
            try {
                handoff.summary = planning.plan(handoff);
                handoff.handOver();
            } catch (ImportException | RuntimeException | Error e) {
                handoff.failure = e;
            } finally {
                handoff.put(handoff.end);
            }
        });
        boolean ended = false;
        try {
            for (List<T> rows = handoff.take(); rows != handoff.end; rows = handoff.take()) {
                rows.forEach(sink);
            }
            ended = true;
        } finally {
            if (!ended) {
                // the writing failed: the reading stops at its next check of abandoned() (ImportReading: every
                // 1,024 rows); its batches are dropped until it ends
                handoff.abandoned = true;
                while (handoff.take() != handoff.end) {
                    // dropped
                }
            }
        }
        // the queue hands over what the reading set before its end
        if (handoff.failure instanceof ImportException refused) {
            throw refused;
        }
        if (handoff.failure instanceof RuntimeException failed) {
            throw failed;
        }
        if (handoff.failure instanceof Error failed) {
            throw failed;
        }
        return handoff.summary;
    }

    /** On the reading thread: one more row to write. */
    @Override
    public void accept(T row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            handOver();
        }
    }

    /** Whether the writing has failed: the reading is to stop (ImportReading asks it as its "cancelled"). */
    boolean abandoned() {
        return abandoned;
    }

    private void handOver() {
        if (!batch.isEmpty()) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Puts a batch in the queue, waiting for room; an interrupt does not lose the batch or the end. */
    private void put(List<T> rows) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(rows);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes the next batch, waiting for it; an interrupt does not stop the waiting (the reading always ends). */
    private List<T> take() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
