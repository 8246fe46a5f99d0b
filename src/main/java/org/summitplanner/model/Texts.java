package org.summitplanner.model;

import java.util.Locale;

/** The small rules the bilingual fields share. */
final class Texts {

    private Texts() {
    }

    /** A blank second text is no text: the English one is printed. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static boolean french(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage());
    }
}
