package org.summitplanner.ui.printing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.summitplanner.printing.DocumentKind;
import org.summitplanner.printing.Orientation;
import org.summitplanner.printing.Paper;

/** The fixed choices of the print screen, in the screen's language. */
final class PickLists {

    private final ResourceBundle messages;
    private final Locale locale;
    private final DateTimeFormatter dayFormat;

    PickLists(ResourceBundle messages) {
        this.messages = messages;
        this.locale = messages.getLocale() == null || messages.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : messages.getLocale();
        this.dayFormat = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale);
    }

    Locale locale() {
        return locale;
    }

    List<Pick<DocumentKind>> documents() {
        return Arrays.stream(DocumentKind.values()).map(k -> new Pick<>(k, messages.getString("print.doc." + k.name()))).toList();
    }

    List<Pick<Paper>> papers() {
        return Arrays.stream(Paper.values()).map(p -> new Pick<>(p, messages.getString("print.paper." + p.name()))).toList();
    }

    List<Pick<Orientation>> orientations() {
        return Arrays.stream(Orientation.values())
                .map(o -> new Pick<>(o, messages.getString("print.orientation." + o.name()))).toList();
    }

    Pick<Orientation> orientation(Orientation o) {
        return orientations().get(o.ordinal());
    }

    /** The printout's language, each named in itself. */
    List<Pick<Locale>> languages() {
        return List.of(new Pick<>(Locale.ENGLISH, "English"), new Pick<>(Locale.FRENCH, "Français"));
    }

    <T> Pick<T> all(String key) {
        return new Pick<>(null, messages.getString(key));
    }

    String day(LocalDate day) {
        String text = dayFormat.format(day);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
