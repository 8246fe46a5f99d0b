package org.summitplanner.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the store says while it opens a database ("Checking planner.mv.db …"), which the window's splash and
 * status bar show: in the window's language (the default locale, as the window's own texts), French or English.
 */
final class StatusTexts {

    // no fallback to the machine's default locale: English means English on a French machine too
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private StatusTexts() {
    }

    static String text(String key, Object... args) {
        return text(Locale.getDefault(), key, args);
    }

    static String text(Locale locale, String key, Object... args) {
        Locale language = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle("org.summitplanner.store.messages", language, CONTROL);
        return new MessageFormat(bundle.getString(key), language).format(args);
    }
}
