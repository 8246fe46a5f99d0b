package org.summitplanner.ui.printing;

import java.util.ArrayList;
import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.PageRange;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import org.summitplanner.printing.Orientation;
import org.summitplanner.printing.Paper;
import org.summitplanner.printing.PrintCancelledException;
import org.summitplanner.printing.PrintLayout;
import org.summitplanner.printing.PrintProgress;

/**
 * Printing through javafx.print: each laid-out page as shapes and text, scaled into the printer's
 * printable area. The one part of printing that needs JavaFX, so it lives under ui/.
 */
final class FxPrinting {

    private FxPrinting() {
    }

    /** The system's default printer, or null when none is set up (no CUPS, no queue). */
    static Printer defaultPrinter() {
        return Printer.getDefaultPrinter();
    }

    /** A page layout on the job's printer for the document's paper and orientation. */
    static PageLayout pageLayout(PrinterJob job, Paper paper, Orientation orientation) {
        Printer printer = job.getPrinter();
        javafx.print.Paper fxPaper = paper == Paper.LETTER ? javafx.print.Paper.NA_LETTER : javafx.print.Paper.A4;
        PageOrientation turn = orientation == Orientation.LANDSCAPE ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
        return printer.createPageLayout(fxPaper, turn, Printer.MarginType.HARDWARE_MINIMUM);
    }

    /**
     * Prints every page and ends the job; blocking, on any thread but the FX one.
     *
     * @return the number of pages sent, or -1 when the printer did not take the job
     */
    static int print(PrinterJob job, PrintLayout layout, PrintProgress progress) {
        PageLayout pageLayout = pageLayout(job, layout.settings().paper(), layout.settings().orientation());
        // our pages carry their own margins: fit the whole page into what the printer can print
        double scale = Math.min(1, Math.min(pageLayout.getPrintableWidth() / layout.width(),
                pageLayout.getPrintableHeight() / layout.height()));
        List<Integer> chosen = pages(job.getJobSettings().getPageRanges(), layout.pageCount());
        int done = 0;
        for (int i : chosen) {
            if (progress.cancelled()) {
                job.cancelJob();
                throw new PrintCancelledException();
            }
            Node page = FxPageCanvas.page(layout, i);
            page.getTransforms().add(new Scale(scale, scale));
            if (!job.printPage(pageLayout, page)) {
                job.cancelJob();
                return -1;
            }
            progress.update(++done, chosen.size());
        }
        return job.endJob() ? done : -1;
    }

    /** The 0-based pages to print: those of the ranges chosen in the print dialog, or all. */
    static List<Integer> pages(PageRange[] ranges, int count) {
        List<Integer> pages = new ArrayList<>();
        if (ranges == null || ranges.length == 0) {
            for (int i = 0; i < count; i++) {
                pages.add(i);
            }
            return pages;
        }
        for (PageRange range : ranges) {
            for (int p = Math.max(1, range.getStartPage()); p <= Math.min(count, range.getEndPage()); p++) {
                pages.add(p - 1);
            }
        }
        return pages;
    }
}
