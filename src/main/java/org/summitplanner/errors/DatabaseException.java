package org.summitplanner.errors;

/** A database could not be opened or used; the message is meant for the user. */
public class DatabaseException extends RuntimeException {

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
