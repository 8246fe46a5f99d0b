package org.summitplanner.ui.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import org.summitplanner.model.Room;

/** Rooms in the order people look for them: by building, then name, alphabetically in the UI's language. */
public final class RoomOrder {

    private RoomOrder() {
    }

    public static Comparator<Room> of(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Comparator.comparing((Room r) -> r.building() == null ? "\uffff" : r.building(), collator)
                .thenComparing(Room::name, collator);
    }
}
