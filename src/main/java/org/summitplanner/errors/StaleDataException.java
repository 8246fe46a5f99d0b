package org.summitplanner.errors;

/**
 * A row was changed or deleted by someone else since it was read (its VERSION moved on).
 * Nothing was written; the caller decides whether to reload or overwrite.
 */
public class StaleDataException extends RuntimeException {

    private final String table;
    private final long id;
    private final boolean deleted;

    public StaleDataException(String table, long id, boolean deleted) {
        super((deleted ? "deleted" : "changed") + " elsewhere since it was loaded: " + table + " " + id);
        this.table = table;
        this.id = id;
        this.deleted = deleted;
    }

    public String table() {
        return table;
    }

    public long id() {
        return id;
    }

    /** True when the row no longer exists, false when it exists with a newer version. */
    public boolean deleted() {
        return deleted;
    }
}
