package org.summitplanner.ui.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.summitplanner.model.AgendaItem;

/**
 * One line of the agenda list: the item with its times in the summit's time zone, its room's name
 * and how many people take part (named attendees and members of whole delegations, each once).
 *
 * @param title the title as the window shows it: the French one in a French window when there is one
 * @param room the room's name as the window shows it, or null when the item has no room
 * @param kind the kind as the user reads it
 */
public record AgendaRow(AgendaItem item, String title, LocalDateTime start, LocalDateTime end, String kind, String room,
                        int participants) {

    public long id() {
        return item.id();
    }

    public LocalDate day() {
        return start.toLocalDate();
    }
}
