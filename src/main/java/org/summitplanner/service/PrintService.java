package org.summitplanner.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitplanner.files.OutputRefusedException;
import org.summitplanner.files.OutputTarget;
import org.summitplanner.printing.PdfWriter;
import org.summitplanner.printing.PrintLayout;
import org.summitplanner.printing.PrintProgress;
import org.summitplanner.printing.PrintRequest;
import org.summitplanner.printing.PrintSettings;
import org.summitplanner.printing.PrintTexts;
import org.summitplanner.printing.Printouts;
import org.summitplanner.printing.SummitIndex;
import org.summitplanner.store.SummitStore;

/**
 * Printing and calendar export of a summit: reads the whole summit once, then lays out and
 * writes documents. Blocking: callers run it off the FX thread.
 */
public final class PrintService {

    private static final Logger LOG = LoggerFactory.getLogger(PrintService.class);

    private final SummitStore store;
    private final SummitService summits;
    private final SummitMemory memory;

    public PrintService(SummitStore store, SummitService summits) {
        this(store, summits, null);
    }

    /** @param memory the open summit in memory, read instead of the database when there is one */
    public PrintService(SummitStore store, SummitService summits, SummitMemory memory) {
        this.store = store;
        this.summits = summits;
        this.memory = memory;
    }

    /**
     * Where a PDF may be written (the output rule). PDFs are meant to be handed out: a new one gets
     * the permissions every file of the user gets, a replaced one keeps its own (decision 00NN).
     */
    public static OutputTarget pdfTarget(Path file, Path... inputs) throws OutputRefusedException {
        return OutputTarget.check(file, OutputTarget.Access.SHARED, inputs);
    }

    /** Where a calendar may be written; like a PDF, it is meant to be handed out. */
    public static OutputTarget calendarTarget(Path file, Path... inputs) throws OutputRefusedException {
        return OutputTarget.check(file, OutputTarget.Access.SHARED, inputs);
    }

    /** The summit read and indexed for printing; keep it to lay out several documents. */
    public SummitIndex index(long summitId) {
        long start = System.nanoTime();
        // the memory lists everything in id order, as the store's read does
        SummitIndex index = new SummitIndex(memory == null ? store.read(summitId) : memory.content(summitId));
        LOG.info("Read summit {} for printing in {} ms", summitId, (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    public Printouts printouts(SummitIndex index, Locale locale) {
        return new Printouts(index, PrintTexts.of(locale, summits.nations()));
    }

    /**
     * Lays out and writes one document as PDF; returns its number of pages.
     *
     * @throws IllegalArgumentException naming the room, delegation, person or day that is not in the summit
     */
    public int pdf(SummitIndex index, PrintRequest request, PrintSettings settings, OutputStream out,
                    PrintProgress progress) throws IOException {
        long start = System.nanoTime();
        Printouts printouts = printouts(index, settings.locale());
        int pages = new PdfWriter().write(printouts.layout(request), settings, printouts.texts(), out, progress);
        LOG.info("Printed {} ({} pages) in {} ms", request, pages, (System.nanoTime() - start) / 1_000_000);
        return pages;
    }

    /** Lays out one document on pages, for the preview and the printer. */
    public PrintLayout layout(SummitIndex index, PrintRequest request, PrintSettings settings, PrintProgress progress) {
        Printouts printouts = printouts(index, settings.locale());
        return PrintLayout.of(printouts.layout(request), settings, printouts.texts(), progress);
    }

    /**
     * Writes the iCalendar of one attendee (by key) or one delegation (by nation code).
     *
     * @throws IllegalArgumentException naming the attendee or delegation that is not in the summit
     */
    public void ics(SummitIndex index, String attendeeKey, String nation, Locale locale, Instant stamp,
                    OutputStream out) throws IOException {
        printouts(index, locale).calendar(attendeeKey, nation, stamp, out);
    }
}
