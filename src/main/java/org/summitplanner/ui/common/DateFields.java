package org.summitplanner.ui.common;

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
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates as people type them, the same in every date field of the window: the language's own unambiguous
 * pattern ({@code date.typed}: 2025-03-08 in English, 08/03/2025 in French), never the month-first
 * 3/8/2025 that a reader in Paris takes for the 3rd of August. Typing is forgiving: the ISO form, the
 * language's short form with a four-digit year and the form the tables show are read too.
 */
public final class DateFields {

    private DateFields() {
    }

    public static Locale locale(ResourceBundle messages) {
        Locale locale = messages.getLocale();
        return locale == null || locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    }

    /** The pattern dates are typed and shown in, as a hint: "yyyy-MM-dd", "dd/MM/yyyy". */
    public static String pattern(ResourceBundle messages) {
        return messages.getString("date.typed");
    }

    /** The same for a person: "yyyy-mm-dd", "jj/mm/aaaa". */
    public static String prompt(ResourceBundle messages) {
        return messages.getString("date.prompt");
    }

    public static DateTimeFormatter typed(ResourceBundle messages) {
        return DateTimeFormatter.ofPattern(pattern(messages), locale(messages));
    }

    /** A typed date in any of the forms read; empty if none reads it. */
    public static Optional<LocalDate> parse(String text, ResourceBundle messages) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Locale locale = locale(messages);
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale).replaceAll("y+", "yyyy");
        for (DateTimeFormatter f : List.of(typed(messages), DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofPattern(shortPattern, locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale))) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    /** Shows the picker's date in the typed form and reads what is typed; an unreadable text keeps its date. */
    public static void install(DatePicker picker, ResourceBundle messages) {
        DateTimeFormatter typed = typed(messages);
        picker.setPromptText(prompt(messages));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : typed.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return parse(text, messages).orElse(picker.getValue());
            }
        });
    }
}
