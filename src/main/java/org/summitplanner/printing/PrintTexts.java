package org.summitplanner.printing;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Nation;

/**
 * The fixed text of the printouts in one language, from printing/messages(_fr).properties, and
 * dates, times and durations formatted in that language. Nation names come from the project's
 * nation table, never from the JDK (its names change between versions).
 */
public final class PrintTexts {

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<String, Nation> nations;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter timeFormat = DateTimeFormatter.ofPattern("HH:mm");
    private final DateTimeFormatter shortDayFormat;
    private final DateTimeFormatter printedFormat;

    public PrintTexts(Locale locale, Map<String, Nation> nations) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.summitplanner.printing.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.nations = nations;
        this.dayFormat = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale);
        this.shortDayFormat = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        this.printedFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** The texts in a language, with nation names from the project's nation table. */
    public static PrintTexts of(Locale locale, List<Nation> nations) {
        return new PrintTexts(locale, nations.stream().collect(Collectors.toMap(Nation::code, n -> n, (a, b) -> a)));
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** "Tuesday 11 March 2025" / "mardi 11 mars 2025". */
    public String day(LocalDate day) {
        String text = dayFormat.format(day);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Tue 11 Mar 07:30" / "mar. 11 mars 07:30". */
    public String dayAndTime(LocalDateTime time) {
        return shortDayFormat.format(time) + " " + time(time.toLocalTime());
    }

    public String time(LocalTime time) {
        return timeFormat.format(time);
    }

    /** The time of printing, long date and short time in the document's language. */
    /** "Printed November 25, 2026 at 12:58", "Imprimé le 25 novembre 2026 à 12:58" (no zone name: they differ between JDKs). */
    public String printed(ZonedDateTime at) {
        return text("footer.printed", printedFormat.format(at.toLocalDate()), timeFormat.format(at.toLocalTime()));
    }

    public String kind(AgendaKind kind) {
        return text("kind." + kind.name());
    }

    public String nation(String code) {
        Nation nation = nations.get(code);
        return nation == null ? code : nation.name(locale);
    }

    /** "45 min", "2 h", "1 h 15 min" / "1 h 15". */
    public String duration(Duration duration) {
        long minutes = Math.abs(duration.toMinutes());
        if (minutes < 60) {
            return text("duration.minutes", minutes);
        }
        return minutes % 60 == 0 ? text("duration.hours", minutes / 60)
                : text("duration.hoursMinutes", minutes / 60, minutes % 60);
    }
}
