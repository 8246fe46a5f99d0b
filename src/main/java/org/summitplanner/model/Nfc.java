package org.summitplanner.model;

import java.text.Normalizer;

/**
 * Every text of the model is in Unicode normalisation form C: "ễ" is one character, not "e" with two
 * combining marks. The records apply it in their constructors, so that no way in (a form, an import,
 * a summit file, a database written by an older version) can store, compare or print a name in
 * another form: decomposed accents print shifted, and "Nguyễn" written two ways would be two people.
 */
public final class Nfc {

    private Nfc() {
    }

    /** The text in NFC; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        // below U+0300 every character is its own NFC form and none combines with another: the common case
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }
}
