package org.summitplanner.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.summitplanner.printing.DocumentKind;
import org.summitplanner.printing.PdfWriter;
import org.summitplanner.printing.PrintProgress;
import org.summitplanner.printing.PrintRequest;
import org.summitplanner.printing.PrintSettings;
import org.summitplanner.printing.PrintTexts;
import org.summitplanner.printing.Printouts;
import org.summitplanner.printing.SummitIndex;

/**
 * The printing targets of issue 6 on the UN-week summit, in a warm JVM: the whole summit agenda
 * (2,000 items, every day) and all 5,000 personal itineraries in one PDF, from the summit in
 * memory to the last byte of the PDF (layout, pagination, drawing, font subsetting, saving).
 * Each operation is one whole document, so single-shot time is what a user waits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class PrintBench {

    private SummitIndex index;
    private PrintTexts texts;
    private PrintSettings settings;

    @Setup
    public void setUp() {
        index = new SummitIndex(UnWeek.content());
        texts = PrintTexts.of(Locale.ENGLISH, UnWeek.nations());
        settings = PrintSettings.defaults(Locale.ENGLISH, ZonedDateTime.of(2025, 9, 21, 12, 0, 0, 0, ZoneOffset.UTC));
    }

    @Benchmark
    public long agendaOfEveryDay() throws IOException {
        return pdf(new PrintRequest(DocumentKind.AGENDA, null, null, null, null, false));
    }

    @Benchmark
    public long allItineraries() throws IOException {
        return pdf(new PrintRequest(DocumentKind.ITINERARY, null, null, null, null, true));
    }

    private long pdf(PrintRequest request) throws IOException {
        Printouts printouts = new Printouts(index, texts);
        Counting out = new Counting();
        new PdfWriter().write(printouts.layout(request), settings, texts, out, PrintProgress.NONE);
        return out.bytes;
    }

    /** Counts the PDF's bytes instead of keeping them: the disk is not what is measured. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
