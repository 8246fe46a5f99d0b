package org.summitplanner.ui.nations;

import org.summitplanner.ui.common.DateFields;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.summitplanner.model.AgendaItemRef;
import org.summitplanner.model.Nation;
import org.summitplanner.model.NationStanding;
import org.summitplanner.model.NationUse;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Summit;
import org.summitplanner.ui.common.Messages;

/** The nations screen's words: statuses, counts, dates and descriptions, in the screen's language. */
final class NationTexts {

    private final ResourceBundle messages;
    private final Locale locale;
    private final DateTimeFormatter shown;
    private final DateTimeFormatter typed;
    private final String typedPattern;

    NationTexts(ResourceBundle messages) {
        this.messages = messages;
        this.locale = messages.getLocale() == null || messages.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : messages.getLocale();
        this.shown = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        // as every date field of the window: "2025-03-08", "08/03/2025" (DateFields)
        this.typed = DateFields.typed(messages);
        this.typedPattern = DateFields.prompt(messages);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        return Messages.format(messages, key, args);
    }

    String status(ParticipationStatus status) {
        return status == null ? "" : messages.getString("nations.status." + status.name());
    }

    String filter(StatusFilter filter) {
        return messages.getString("nations.filter." + filter.name());
    }

    String count(StatusFilter filter, int n) {
        return text("nations.count." + filter.name(), n);
    }

    String name(Nation nation) {
        return nation.name(locale);
    }

    /** "the participation of “Germany”" */
    String what(NationStanding standing) {
        return text("nations.what", name(standing.nation()));
    }

    String date(LocalDate date) {
        return date == null ? "" : shown.format(date);
    }

    /** A date as the user types it into a date field. */
    String typedDate(LocalDate date) {
        return date == null ? "" : typed.format(date);
    }

    /** Reads a typed date in the typed form, ISO form, the short form or the form the table shows; empty if unreadable. */
    Optional<LocalDate> parseDate(String text) {
        return DateFields.parse(text, messages);
    }

    String datePattern() {
        return typedPattern;
    }

    /** An example of a typed date, for messages: "2025-03-08", "08/03/2025". */
    String dateExample() {
        return typedDate(LocalDate.of(2025, 3, 8));
    }

    /** "Tue 11 Mar 09:00–10:00 · Opening plenary" in the summit's time zone. */
    String agendaItem(Summit summit, AgendaItemRef item) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        var start = summit.toLocal(item.time().start());
        var end = summit.toLocal(item.time().end());
        return day.format(start) + "  " + time.format(start) + "–" + time.format(end) + "  ·  " + item.titleIn(locale);
    }

    /**
     * One line per member and per agenda item of the nations' delegations, for the removal question.
     *
     * @param nameOf names the nation at the start of each line; null when there is one nation
     */
    List<String> uses(Summit summit, List<NationUse> uses, java.util.function.Function<String, String> nameOf) {
        List<String> lines = new java.util.ArrayList<>();
        for (NationUse use : uses) {
            String prefix = nameOf == null ? "" : nameOf.apply(use.nation()) + " — ";
            use.attendees().forEach(a -> lines.add(prefix + text("nations.use.attendee", a)));
            use.agendaItems().forEach(i -> lines.add(prefix + text("nations.use.agenda", agendaItem(summit, i))));
        }
        return lines;
    }

    /** "4 attendees · head of delegation: H.E. Karsten Wöhrmann" */
    String delegation(NationStanding s) {
        if (s.delegationSize() == 0) {
            return messages.getString("nations.noDelegation");
        }
        String size = text("nations.delegationSize", s.delegationSize());
        return s.headName() == null ? text("nations.delegationNoHead", size)
                : text("nations.delegationHead", size, s.headName());
    }
}
