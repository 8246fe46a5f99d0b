package org.summitplanner.model;

import java.util.List;
import java.util.Objects;

/**
 * A plenary, working session, bilateral, press conference, meal or ceremony.
 *
 * @param roomId id of the room, or null when not yet placed
 * @param attendeeIds named attendees taking part
 * @param nations codes of the whole delegations taking part
 */
public record AgendaItem(long id, String key, String title, AgendaKind kind, TimeRange time,
                         Long roomId, boolean closed, String description,
                         List<Long> attendeeIds, List<String> nations, int version) {

    public AgendaItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
        nations = nations == null ? List.of() : List.copyOf(nations);
        key = Nfc.of(key);
        title = Nfc.of(title);
        description = Nfc.of(description);
    }

    public AgendaItem withVersion(int newVersion) {
        return new AgendaItem(id, key, title, kind, time, roomId, closed, description, attendeeIds, nations, newVersion);
    }
}
