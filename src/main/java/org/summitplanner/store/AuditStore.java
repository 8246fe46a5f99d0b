package org.summitplanner.store;

import static org.summitplanner.store.jooq.Tables.AUDIT_LOG;

import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.summitplanner.model.AuditEntry;
import org.summitplanner.store.jooq.tables.records.AuditLogRecord;

/** Reads the audit log (the triggers of migration 12.1 write it; nothing here writes). */
public final class AuditStore {

    private final DSLContext dsl;

    public AuditStore(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * The changes, oldest first.
     *
     * @param summitId only this summit's rows (null: every change)
     * @param since only changes at or after this instant (null: all)
     * @param table with {@code rowId}: only this row's changes (null: any)
     * @param limit at most this many, the newest ones
     */
    public List<AuditEntry> entries(Long summitId, Instant since, String table, Long rowId, int limit) {
        Condition where = DSL.trueCondition();
        if (summitId != null) {
            where = where.and(AUDIT_LOG.SUMMIT_ID.eq(summitId));
        }
        if (since != null) {
            where = where.and(AUDIT_LOG.CHANGED_AT.ge(Rows.toDb(since)));
        }
        if (table != null) {
            where = where.and(AUDIT_LOG.TABLE_NAME.eq(table));
        }
        if (rowId != null) {
            where = where.and(AUDIT_LOG.ROW_ID.eq(rowId));
        }
        List<AuditEntry> newest = dsl.selectFrom(AUDIT_LOG).where(where).orderBy(AUDIT_LOG.ID.desc()).limit(limit)
                .fetch(AuditStore::entry);
        List<AuditEntry> oldestFirst = new java.util.ArrayList<>(newest);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static AuditEntry entry(AuditLogRecord r) {
        return new AuditEntry(r.getId(), Rows.fromDb(r.getChangedAt()), r.getChangedBy(), r.getTableName(), r.getRowId(),
                r.getSummitId(), r.getChangeKind(), r.getBeforeRow(), r.getAfterRow());
    }
}
