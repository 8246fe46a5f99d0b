package org.summitplanner.printing;

/** Widths of text in the font the document is printed with, in points. */
public interface TextMeasure {

    float width(String text, float size);

    /** The text with every character the font cannot show replaced, so measuring and drawing agree. */
    String printable(String text);
}
