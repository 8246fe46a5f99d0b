package org.summitplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.importing.ImportCancelledException;
import org.summitplanner.importing.ImportException;

/** Rows read on one thread and written on the caller's, as {@link ImportService#importFile} does. */
class HandoffTest {

    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        reader.shutdown();
    }

    /** Far more rows than the queue holds, and a last batch that is not full. */
    private static final int ROWS = Handoff.BATCH * Handoff.QUEUED * 5 + 17;

    @Test
    void everyRowIsWrittenOnTheCallersThreadInOrderAndTheReadingsResultReturned() throws Exception {
        List<Integer> written = new ArrayList<>();
        Thread caller = Thread.currentThread();
        String result = Handoff.<Integer, String>run(reader, sent -> {
            for (int i = 0; i < ROWS; i++) {
                sent.accept(i);
            }
            return "read";
        }, row -> {
            assertSame(caller, Thread.currentThread());
            written.add(row);
        });
        assertEquals("read", result);
        assertEquals(ROWS, written.size());
        for (int i = 0; i < ROWS; i++) {
            assertEquals(i, written.get(i));
        }
    }

    @Test
    void aFailedWriteStopsTheReadingAndReturnsOnlyOnceTheReadingHasEnded() {
        AtomicInteger read = new AtomicInteger();
        AtomicBoolean ended = new AtomicBoolean();
        IllegalStateException duplicate = new IllegalStateException("duplicate email");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Handoff.<Integer, String>run(reader, sent -> {
            try {
                for (int i = 0; i < ROWS; i++) {
                    if (sent.abandoned()) {
                        throw new ImportCancelledException();
                    }
                    read.incrementAndGet();
                    sent.accept(i);
                }
                return "read";
            } finally {
                ended.set(true);
            }
        }, row -> {
            if (row == 1_000) {
                throw duplicate;
            }
        }));
        assertSame(duplicate, thrown);
        assertTrue(ended.get(), "the reading had ended when the failure came back");
        // the reading runs ahead by at most the queue and the batch being filled, then stops
        assertTrue(read.get() < 1_000 + Handoff.BATCH * (Handoff.QUEUED + 3), "read " + read.get());
    }

    @Test
    void aFileThatCannotBeReadComesBackAsItsRefusalAfterTheRowsBeforeItWereWritten() {
        List<Integer> written = new ArrayList<>();
        ImportException unclosed = new ImportException("list.csv, line 1,001: a quote is not closed");
        ImportException thrown = assertThrows(ImportException.class, () -> Handoff.<Integer, String>run(reader, sent -> {
            for (int i = 0; i < 1_000; i++) {
                sent.accept(i);
            }
            throw unclosed;
        }, written::add));
        assertSame(unclosed, thrown);
        assertEquals(Handoff.BATCH * (1_000 / Handoff.BATCH), written.size());
    }
}
