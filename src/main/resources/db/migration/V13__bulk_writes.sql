-- Bulk writes (issue 14). The audit log: an import, a loaded summit file or the demo writes ONE audit
-- entry of kind BULK for the whole operation (who, when, what, how many rows, their ids) instead of one
-- entry per inserted row; updates and deletes stay recorded row by row, and so does every edit in the
-- window. See docs/decisions/0025-perf-bulk-audit.md. Portable to PostgreSQL like V12; the trigger
-- functions of PostgreSQL that read this are made by the Java migration 13.1 (store.V13_1__BulkAudit).

ALTER TABLE audit_log DROP CONSTRAINT audit_log_kind_ck;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_kind_ck CHECK (change_kind IN ('INSERT', 'UPDATE', 'DELETE', 'BULK'));

-- PostgreSQL only: the transactions that run a bulk write and their BULK entry, written by the
-- function summit_bulk_begin alone (no role may write it), read by the audit trigger. Unused on H2,
-- where the mark lives in the open session's transaction (store.BulkAudit).
CREATE TABLE audit_bulk (
    txid     BIGINT PRIMARY KEY,
    entry_id BIGINT NOT NULL
);

-- V1's index attendee_nation_ix (summit_id, nation_code) repeats the first two columns of the unique
-- attendee_head_uq (summit_id, nation_code, head_of_delegation), which holds every attendee too (a NULL
-- head is indexed) and serves the same lookups on both databases: one index less to keep up for each
-- attendee written (an import of 100,000 rows maintained eight indexes per row, now seven).
DROP INDEX attendee_nation_ix;
