package org.summitplanner.model;

/** Enough of an agenda item to name it in a message or a list ("Opening plenary, 09:00-10:00"). */
public record AgendaItemRef(long id, String title, TimeRange time) {

    public AgendaItemRef {
        title = Nfc.of(title);
    }
}
