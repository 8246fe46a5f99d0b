package org.summitplanner.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to one row, as the audit log holds it: when, by whom, which table and row, and the row
 * before and after (each a JSON object of column to value; null for the side that did not exist).
 */
public record AuditEntry(long id, Instant at, String user, String table, Long rowId, Long summitId, String kind,
                         String before, String after) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(kind, "kind");
    }
}
