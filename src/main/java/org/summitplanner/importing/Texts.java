package org.summitplanner.importing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The import's row messages in one language (English or French), from importing/messages*.properties. */
public final class Texts {

    public static final Texts ENGLISH = new Texts(Locale.ENGLISH);

    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.summitplanner.importing.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
