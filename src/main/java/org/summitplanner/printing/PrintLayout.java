package org.summitplanner.printing;

import java.io.IOException;
import java.util.List;
import org.summitplanner.printing.text.FontChain;
import org.summitplanner.printing.text.TextLayout;

/**
 * A document put on pages, ready to draw on any {@link PageCanvas}: the PDF writer, the preview
 * and the JavaFX printer all draw the same pages, measured once with the font's own metrics.
 */
public final class PrintLayout {

    /** The printouts' first font (Liberation Sans), for canvases that load it themselves. */
    public static final String FONT_RESOURCE = FontChain.PRIMARY;

    private final LayoutDocument document;
    private final PrintSettings settings;
    private final List<Page> pages;
    private final PageDrawer drawer;
    private final PageFrame frame;

    PrintLayout(LayoutDocument document, PrintSettings settings, PrintTexts texts, TextMeasure measure,
                PrintProgress progress) {
        this.document = document;
        this.settings = settings;
        this.frame = new PageFrame(settings, measure, document);
        this.pages = new Paginator(frame).paginate(document, progress);
        this.drawer = new PageDrawer(frame, measure, document, settings, texts);
    }

    /** Paginates with the font's metrics; stops with {@link PrintCancelledException} when asked. */
    public static PrintLayout of(LayoutDocument document, PrintSettings settings, PrintTexts texts,
                                 PrintProgress progress) {
        return new PrintLayout(document, settings, texts, new PdfFont(), progress);
    }

    /** How text is laid out into font runs, so other canvases draw the same runs at the same places. */
    public TextLayout textLayout() {
        return TextLayout.system();
    }

    public LayoutDocument document() {
        return document;
    }

    public PrintSettings settings() {
        return settings;
    }

    public int pageCount() {
        return pages.size();
    }

    /** Page width in points, after orientation. */
    public float width() {
        return frame.width;
    }

    public float height() {
        return frame.height;
    }

    /** Draws page {@code index} (0-based). */
    public void draw(int index, PageCanvas canvas) throws IOException {
        drawer.draw(canvas, pages.get(index));
    }
}
