package org.summitplanner.printing;

import java.util.List;

/**
 * A document before it is put on pages: the header every page carries, and its sections.
 *
 * @param title the document's name ("Summit agenda"), also the PDF's title
 * @param headerLines summit name, then host and venue
 * @param numberEachSection "page X of Y" counts within each section (one person's itinerary in a
 *        batch) instead of the whole document
 */
public record LayoutDocument(String title, List<String> headerLines, List<Section> sections,
                             boolean numberEachSection) {

    public LayoutDocument {
        headerLines = List.copyOf(headerLines);
        sections = List.copyOf(sections);
    }
}
