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

    /** A word looked up in the bundle when a message is formatted ("a PNG image" in the reader's language). */
    public record Key(String key) {
    }

    String get(String key, Object... args) {
        Object[] words = args.clone();
        for (int i = 0; i < words.length; i++) {
            if (words[i] instanceof Key k) {
                words[i] = bundle.getString(k.key());
            }
        }
        return new MessageFormat(bundle.getString(key), locale).format(words);
    }
}
