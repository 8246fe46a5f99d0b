package org.summitplanner.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A plenary, working session, bilateral, press conference, meal or ceremony.
 *
 * @param roomId id of the room, or null when not yet placed
 * @param attendeeIds named attendees taking part
 * @param nations codes of the whole delegations taking part
 * @param titleFr the French title, printed in French documents instead of the title; null when none
 * @param descriptionFr the French description; null when none
 */
public record AgendaItem(long id, String key, String title, AgendaKind kind, TimeRange time,
                         Long roomId, boolean closed, String description,
                         List<Long> attendeeIds, List<String> nations, int version,
                         String titleFr, String descriptionFr) {

    /** An item without French texts. */
    public AgendaItem(long id, String key, String title, AgendaKind kind, TimeRange time, Long roomId, boolean closed,
                      String description, List<Long> attendeeIds, List<String> nations, int version) {
        this(id, key, title, kind, time, roomId, closed, description, attendeeIds, nations, version, null, null);
    }

    public AgendaItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
        nations = nations == null ? List.of() : List.copyOf(nations);
        key = Nfc.of(key);
        title = Nfc.of(title);
        description = Nfc.of(description);
        titleFr = Nfc.of(Texts.blankToNull(titleFr));
        descriptionFr = Nfc.of(Texts.blankToNull(descriptionFr));
    }

    public AgendaItem withVersion(int newVersion) {
        return new AgendaItem(id, key, title, kind, time, roomId, closed, description, attendeeIds, nations, newVersion,
                titleFr, descriptionFr);
    }

    public AgendaItem withFrench(String newTitleFr, String newDescriptionFr) {
        return new AgendaItem(id, key, title, kind, time, roomId, closed, description, attendeeIds, nations, version,
                newTitleFr, newDescriptionFr);
    }

    /** The title in a language: the French one in French when there is one. */
    public String titleIn(Locale locale) {
        return Texts.french(locale) && titleFr != null ? titleFr : title;
    }

    /** The description in a language (null when none): the French one in French when there is one. */
    public String descriptionIn(Locale locale) {
        return Texts.french(locale) && descriptionFr != null ? descriptionFr : description;
    }
}
