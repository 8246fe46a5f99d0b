package org.summitplanner.printing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to print, as a person or a command names it: the document and its subject. Keys are the
 * summit file's keys (an id also works); a null day means every day.
 *
 * @param all every room, delegation or person (for itineraries: of {@code nation} when given)
 */
public record PrintRequest(DocumentKind kind, LocalDate day, String roomKey, String nation, String attendeeKey,
                           boolean all) {

    public PrintRequest {
        Objects.requireNonNull(kind, "kind");
        roomKey = blankToNull(roomKey);
        nation = blankToNull(nation);
        attendeeKey = blankToNull(attendeeKey);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
