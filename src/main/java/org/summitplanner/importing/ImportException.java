package org.summitplanner.importing;

import java.util.List;

/**
 * A file that cannot be imported at all (empty, binary, unreadable, a zip bomb ...). The message
 * names the file and says what is wrong, in English; {@link #message(Texts)} gives it in the
 * window's language. Nothing has been written when it is thrown.
 */
public final class ImportException extends Exception {

    private final String key;
    private final List<Object> args;

    public ImportException(String message) {
        super(message);
        this.key = null;
        this.args = List.of();
    }

    private ImportException(Throwable cause, String key, Object... args) {
        super(Texts.ENGLISH.get(key, args), cause);
        this.key = key;
        this.args = List.of(args);
    }

    /** A problem worded by importing/messages*.properties under {@code key}. */
    static ImportException of(String key, Object... args) {
        return new ImportException(null, key, args);
    }

    static ImportException of(Throwable cause, String key, Object... args) {
        return new ImportException(cause, key, args);
    }

    /** The message in the language of {@code texts}. */
    public String message(Texts texts) {
        return key == null ? getMessage() : texts.get(key, args.toArray());
    }
}
