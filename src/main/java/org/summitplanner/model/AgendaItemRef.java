package org.summitplanner.model;

import java.util.Locale;

/**
 * Enough of an agenda item to name it in a message or a list ("Opening plenary, 09:00-10:00").
 *
 * @param titleFr the French title, null when none
 */
public record AgendaItemRef(long id, String title, TimeRange time, String titleFr) {

    /** An item named without a French title. */
    public AgendaItemRef(long id, String title, TimeRange time) {
        this(id, title, time, null);
    }

    public AgendaItemRef {
        title = Nfc.of(title);
        titleFr = Nfc.of(Texts.blankToNull(titleFr));
    }

    /** The title in a language: the French one in French when there is one. */
    public String titleIn(Locale locale) {
        return Texts.french(locale) && titleFr != null ? titleFr : title;
    }
}
