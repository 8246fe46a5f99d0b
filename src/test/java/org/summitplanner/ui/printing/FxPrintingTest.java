package org.summitplanner.ui.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javafx.print.PageRange;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.summitplanner.printing.DocumentKind;
import org.summitplanner.printing.PrintFixtures;
import org.summitplanner.printing.PrintLayout;
import org.summitplanner.printing.PrintProgress;
import org.summitplanner.printing.PrintRequest;
import org.testfx.api.FxToolkit;

/**
 * A real print: a room programme through javafx.print to the virtual PDF printer that .ci/run
 * sets up (CUPS with cups-pdf, a queue named PDF), then the PDF that lands in ~/PDF compared with
 * the page as the app lays it out.
 * Without that printer the test is skipped, never passed.
 */
class FxPrintingTest {

    /** Where cups-pdf writes (its default "Out ${HOME}/PDF"); -Dcups.pdf.dir=... if set up otherwise. */
    private static final LocalDate DAY = LocalDate.of(2025, 3, 11);
    private static final Path OUT = Path.of(System.getProperty("cups.pdf.dir", System.getProperty("user.home") + "/PDF"));

    @Test
    void aRoomProgrammePrintedOnTheVirtualPdfPrinterLandsAsAPdfThatLooksLikeThePage() throws Exception {
        FxToolkit.registerPrimaryStage();
        Optional<Printer> printer = Printer.getAllPrinters().stream().filter(p -> p.getName().equals("PDF")).findFirst();
        Assumptions.assumeTrue(printer.isPresent(), "no virtual PDF printer named PDF (CUPS with cups-pdf; .ci/run sets it up)");

        byte[] expected;
        byte[] otherRoom;
        PrintLayout layout;
        try (PrintFixtures fixtures = new PrintFixtures()) {
            PrintRequest fetes = new PrintRequest(DocumentKind.ROOM, DAY, "fetes", null, null, false);
            layout = fixtures.services.printing().layout(fixtures.index, fetes, PrintFixtures.settings(Locale.ENGLISH),
                    PrintProgress.NONE);
            expected = fixtures.pdf(fetes, PrintFixtures.settings(Locale.ENGLISH));
            otherRoom = fixtures.pdf(new PrintRequest(DocumentKind.ROOM, DAY, "murat", null, null, false),
                    PrintFixtures.settings(Locale.ENGLISH));
        }
        String jobName = "room-" + UUID.randomUUID().toString().substring(0, 8);
        PrinterJob job = PrinterJob.createPrinterJob(printer.get());
        job.getJobSettings().setJobName(jobName);
        assertEquals(1, FxPrinting.print(job, layout, PrintProgress.NONE), "one page spooled");

        Path landed = waitForPdf(jobName);
        try (PDDocument printed = Loader.loadPDF(landed.toFile())) {
            assertEquals(1, printed.getNumberOfPages());
            assertEquals(PDRectangle.A4.getWidth(), printed.getPage(0).getMediaBox().getWidth(), 1.5f);
            assertEquals(PDRectangle.A4.getHeight(), printed.getPage(0).getMediaBox().getHeight(), 1.5f);
            // Java's PostScript printing draws text in any font but the 35 core PostScript fonts as
            // outlines, so the landed PDF has no text layer to read: compare what it looks like instead
            BufferedImage page = render(printed);
            double same = correlation(page, render(expected));
            double other = correlation(page, render(otherRoom));
            assertTrue(same > 0.8, "the printed page looks like the room programme (correlation " + same + ")");
            assertTrue(other < same - 0.15, "and unlike another room's (" + same + " against " + other + ")");
        } finally {
            Files.deleteIfExists(landed);
        }
    }

    @Test
    void thePagesChosenInThePrintDialogAreTheOnesPrinted() {
        assertEquals(List.of(0, 1, 2), FxPrinting.pages(null, 3));
        assertEquals(List.of(1, 2, 4), FxPrinting.pages(new PageRange[] {new PageRange(2, 3), new PageRange(5, 9)}, 5));
    }

    private static BufferedImage render(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return render(doc);
        }
    }

    private static BufferedImage render(PDDocument doc) throws IOException {
        return new PDFRenderer(doc).renderImageWithDPI(0, 72, ImageType.GRAY);
    }

    /** Pearson correlation of the two images' ink, 1 for the same picture. */
    private static double correlation(BufferedImage a, BufferedImage b) {
        int width = Math.min(a.getWidth(), b.getWidth());
        int height = Math.min(a.getHeight(), b.getHeight());
        double n = (double) width * height;
        double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double va = 255 - (a.getRGB(x, y) & 0xff);
                double vb = 255 - (b.getRGB(x, y) & 0xff);
                sa += va;
                sb += vb;
                saa += va * va;
                sbb += vb * vb;
                sab += va * vb;
            }
        }
        double cov = sab / n - (sa / n) * (sb / n);
        return cov / Math.sqrt((saa / n - (sa / n) * (sa / n)) * (sbb / n - (sb / n) * (sb / n)));
    }

    private static Path waitForPdf(String jobName) throws InterruptedException, IOException {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            if (Files.isDirectory(OUT)) {
                try (Stream<Path> files = Files.list(OUT)) {
                    Optional<Path> found = files.filter(f -> f.getFileName().toString().contains(jobName)
                            && f.getFileName().toString().endsWith(".pdf")).findFirst();
                    // cups-pdf writes the file in one go once ghostscript is done; give it a moment to close
                    if (found.isPresent() && Files.size(found.get()) > 0) {
                        Thread.sleep(500);
                        return found.get();
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no PDF for job " + jobName + " landed in " + OUT + " within 60 s");
    }
}
