package org.summitplanner.errors;

/** A value that must be unique within the summit (a key, an email) is already taken. Nothing was written. */
public class DuplicateKeyException extends RuntimeException {

    private final String field;
    private final String value;

    public DuplicateKeyException(String field, String value, Throwable cause) {
        super("head".equals(field) ? "The delegation of " + value + " already has a head of delegation."
                : "The " + field + " \"" + value + "\" is already used in this summit.", cause);
        this.field = field;
        this.value = value;
    }

    /** Which field: "key", "email" or "head" (then the value is the nation's code). */
    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
