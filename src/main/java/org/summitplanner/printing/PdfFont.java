package org.summitplanner.printing;

import org.summitplanner.printing.text.TextLayout;

/**
 * The printouts' metrics: text laid out in the font chain (Liberation Sans, then the system's fonts
 * for other scripts; see {@link org.summitplanner.printing.text.FontChain}). Safe from any thread,
 * and needs no open PDF document.
 */
final class PdfFont implements TextMeasure {

    private final TextLayout layout;

    PdfFont() {
        this(TextLayout.system());
    }

    PdfFont(TextLayout layout) {
        this.layout = layout;
    }

    TextLayout layout() {
        return layout;
    }

    @Override
    public float width(String text, float size) {
        return layout.width(text, size);
    }

    /** Control characters (tabs) become spaces; every other character is kept, whatever its script. */
    @Override
    public String printable(String text) {
        return TextLayout.printable(text);
    }
}
