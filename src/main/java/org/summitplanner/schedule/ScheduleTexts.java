package org.summitplanner.schedule;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The checks' words in English and French: rule names and finding messages. */
public final class ScheduleTexts {

    private static final String BUNDLE = "org.summitplanner.schedule.messages";
    // no fallback to the machine's default locale: English means English on a French machine too
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private ScheduleTexts(Locale locale) {
        this.locale = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, CONTROL);
    }

    public static ScheduleTexts of(Locale locale) {
        return new ScheduleTexts(locale);
    }

    /** The rule in words ("Attendee double-booked"). */
    public String rule(Rule rule) {
        return bundle.getString("rule." + rule.name());
    }

    public String severity(Severity severity) {
        return bundle.getString("severity." + severity.name());
    }

    public String message(Finding finding) {
        return new MessageFormat(bundle.getString("message." + finding.rule().name()), locale)
                .format(finding.arguments().toArray());
    }
}
