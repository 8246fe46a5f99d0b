package org.summitplanner.model;

import java.util.List;

/**
 * What in a summit belongs to one nation: the members of its delegation and the agenda items the
 * whole delegation takes part in. Shown before a nation's participation is removed.
 *
 * @param attendees display names, head of delegation first
 */
public record NationUse(String nation, List<String> attendees, List<AgendaItemRef> agendaItems) {

    public NationUse {
        attendees = attendees.stream().map(Nfc::of).toList();
        agendaItems = List.copyOf(agendaItems);
    }

    public boolean isEmpty() {
        return attendees.isEmpty() && agendaItems.isEmpty();
    }
}
