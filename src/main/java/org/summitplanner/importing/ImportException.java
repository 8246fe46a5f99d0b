package org.summitplanner.importing;

/**
 * A file that cannot be imported at all (empty, binary, unreadable, a zip bomb ...). The message
 * names the file and says what is wrong; nothing has been written when it is thrown.
 */
public final class ImportException extends Exception {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
