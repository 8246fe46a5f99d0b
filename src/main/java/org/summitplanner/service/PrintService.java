package org.summitplanner.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitplanner.model.Precedence;
import org.summitplanner.model.SummitContent;
import org.summitplanner.printing.LayoutDocument;
import org.summitplanner.printing.MissingGlyphs;
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
import org.summitplanner.store.CalendarIdStore;
import org.summitplanner.store.SummitStore;

/**
 * Printing and calendar export of a summit: reads the whole summit once, then lays out and
 * writes documents. Blocking: callers run it off the FX thread.
 */
public final class PrintService {

    private static final Logger LOG = LoggerFactory.getLogger(PrintService.class);

    private final SummitStore store;
    private final SummitService summits;
    private final CalendarIdStore calendarIds;
    private final SummitMemory memory;
    private final PrecedenceService precedence;

    /** @param memory the open summit in memory, read instead of the database when there is one (may be null) */
    public PrintService(SummitStore store, SummitService summits, CalendarIdStore calendarIds, SummitMemory memory) {
        this(store, summits, calendarIds, memory, null);
    }

    /** @param precedence the order delegations and people are printed in; null prints them alphabetically */
    public PrintService(SummitStore store, SummitService summits, CalendarIdStore calendarIds, SummitMemory memory,
                        PrecedenceService precedence) {
        this.store = store;
        this.summits = summits;
        this.calendarIds = calendarIds;
        this.memory = memory;
        this.precedence = precedence;
    }

    /**
     * Where a PDF may be written (the output rule). PDFs are meant to be handed out: a new one gets
     * the permissions every file of the user gets, a replaced one keeps its own (decision 0008).
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
        SummitContent content = memory == null ? store.read(summitId) : memory.content(summitId);
        SummitIndex index;
        if (precedence == null) {
            index = new SummitIndex(content);
        } else {
            // the order is read fresh (the memory does not hold it), over the delegations of what is printed
            Precedence p = precedence.precedence(summitId);
            Set<String> codes = new LinkedHashSet<>();
            content.participations().forEach(x -> codes.add(x.nation()));
            content.attendees().forEach(a -> codes.add(a.nation()));
            index = new SummitIndex(content, precedence.delegationOrder(p, codes), p.members());
        }
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
        return printPdf(index, request, settings, out, progress).pages();
    }

    /**
     * Lays out and writes one document as PDF; says how many pages it has and what in it no font
     * on this computer can show (written all the same, those characters as □).
     */
    public Printed printPdf(SummitIndex index, PrintRequest request, PrintSettings settings, OutputStream out,
                            PrintProgress progress) throws IOException {
        long start = System.nanoTime();
        Printouts printouts = printouts(index, settings.locale());
        LayoutDocument document = printouts.layout(request, settings);
        int pages = new PdfWriter().write(document, settings, printouts.texts(), out, progress);
        LOG.info("Printed {} ({} pages) in {} ms", request, pages, (System.nanoTime() - start) / 1_000_000);
        document.missingGlyphs().forEach(m -> LOG.info("Missing glyphs: {}", m.english()));
        return new Printed(pages, document.missingGlyphs());
    }

    /** A written PDF: its pages, and the people, items and rooms with characters no font has. */
    public record Printed(int pages, List<MissingGlyphs> missingGlyphs) {
    }

    /** Lays out one document on pages, for the preview and the printer. */
    public PrintLayout layout(SummitIndex index, PrintRequest request, PrintSettings settings, PrintProgress progress) {
        Printouts printouts = printouts(index, settings.locale());
        return PrintLayout.of(printouts.layout(request, settings), settings, printouts.texts(), progress);
    }

    /**
     * Writes the iCalendar of one attendee (by key) or one delegation (by nation code).
     *
     * @throws IllegalArgumentException naming the attendee or delegation that is not in the summit
     */
    public void ics(SummitIndex index, String attendeeKey, String nation, Locale locale, Instant stamp,
                    OutputStream out) throws IOException {
        String calendarId = calendarIds.calendarId(index.content().summit().id());
        printouts(index, locale).calendar(attendeeKey, nation, calendarId, stamp, out);
    }
}
