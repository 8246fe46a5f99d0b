package org.summitplanner.printing;

import java.util.List;

/**
 * A document before it is put on pages: the header every page carries, and its sections.
 *
 * @param title the document's name ("Summit agenda"), also the PDF's title
 * @param headerLines summit name, then host and venue
 * @param numberEachSection "page X of Y" counts within each section (one person's itinerary in a
 *        batch) instead of the whole document
 * @param missingGlyphs the people, items and rooms with characters no font on this computer has
 *        (they print as □); the command and the Print screen warn of them
 */
public record LayoutDocument(String title, List<String> headerLines, List<Section> sections,
                             boolean numberEachSection, List<MissingGlyphs> missingGlyphs) {

    public LayoutDocument {
        headerLines = List.copyOf(headerLines);
        sections = List.copyOf(sections);
        missingGlyphs = List.copyOf(missingGlyphs);
    }

    /** A document whose texts were not checked against the fonts. */
    public LayoutDocument(String title, List<String> headerLines, List<Section> sections, boolean numberEachSection) {
        this(title, headerLines, sections, numberEachSection, List.of());
    }

    /** The same document with one more warning (the classification line, known only when printing). */
    public LayoutDocument withMissingGlyphs(List<MissingGlyphs> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<MissingGlyphs> all = new java.util.ArrayList<>(missingGlyphs);
        all.addAll(more);
        return new LayoutDocument(title, headerLines, sections, numberEachSection, all);
    }
}
