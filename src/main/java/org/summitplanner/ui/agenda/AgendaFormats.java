package org.summitplanner.ui.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.summitplanner.model.AgendaKind;

/** How the agenda screen writes days, times and kinds in the user's language. */
public final class AgendaFormats {

    private final ResourceBundle messages;
    private final DateTimeFormatter day;
    private final DateTimeFormatter time;

    public AgendaFormats(ResourceBundle messages) {
        this.messages = messages;
        this.day = DateTimeFormatter.ofPattern(messages.getString("agenda.dayPattern"), messages.getLocale());
        this.time = DateTimeFormatter.ofPattern("HH:mm", messages.getLocale());
    }

    /** "Tue 11 Mar" (English), "mar. 11 mars" (French). */
    public String day(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    /** "09:30–10:45"; an item that ends on a later day says so ("09:30–10:45 +1"). */
    public String time(LocalDateTime start, LocalDateTime end) {
        long days = end.toLocalDate().toEpochDay() - start.toLocalDate().toEpochDay();
        return time.format(start) + "–" + time.format(end) + (days > 0 ? " +" + days : "");
    }

    public String kind(AgendaKind kind) {
        return kind == null ? "" : messages.getString("agenda.kind." + kind.name());
    }
}
