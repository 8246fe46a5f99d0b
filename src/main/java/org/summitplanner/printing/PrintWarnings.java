package org.summitplanner.printing;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Room;
import org.summitplanner.printing.text.TextLayout;

/**
 * Collects, while a document is built, the people, items and rooms whose text has characters no
 * font has. Each is looked at once per document, however often it is printed.
 */
final class PrintWarnings {

    private final TextLayout layout;
    private final Set<String> seen = new HashSet<>();
    private final List<MissingGlyphs> found = new ArrayList<>();

    PrintWarnings(TextLayout layout) {
        this.layout = layout;
    }

    void attendee(Attendee a) {
        if (seen.add("a" + a.id())) {
            check(MissingGlyphs.Subject.ATTENDEE, key(a.key(), a.id()), a.displayName(),
                    a.displayName(), a.position(), a.positionFr());
        }
    }

    void item(AgendaItem item) {
        if (seen.add("i" + item.id())) {
            check(MissingGlyphs.Subject.AGENDA_ITEM, key(item.key(), item.id()), item.title(),
                    item.title(), item.description(), item.titleFr(), item.descriptionFr());
        }
    }

    void room(Room room) {
        if (room != null && seen.add("r" + room.id())) {
            check(MissingGlyphs.Subject.ROOM, key(room.key(), room.id()), room.name(), room.name(), room.building(),
                    room.nameFr(), room.buildingFr());
        }
    }

    void text(MissingGlyphs.Subject subject, String text) {
        if (text != null && seen.add(subject + "\u0000" + text)) {
            check(subject, null, text, text);
        }
    }

    List<MissingGlyphs> found() {
        return List.copyOf(found);
    }

    private void check(MissingGlyphs.Subject subject, String key, String name, String... texts) {
        Set<UnicodeScript> missing = new HashSet<>();
        for (String text : texts) {
            if (text != null && !text.isEmpty()) {
                missing.addAll(layout.missing(text));
            }
        }
        if (!missing.isEmpty()) {
            found.add(new MissingGlyphs(subject, key, name, missing));
        }
    }

    private static String key(String key, long id) {
        return key != null ? key : "#" + id;
    }
}
