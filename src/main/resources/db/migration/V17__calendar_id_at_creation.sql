-- Each summit gets its calendar id (V8) when it is made, not at its first calendar export: an export
-- then only reads, so it works on a read-only database and, in team mode, does not appear in the
-- history as a change made by whoever exported first. gen_random_uuid() is built into PostgreSQL 13+
-- and into H2. Summits made before this migration get theirs now; ids already given are kept.
ALTER TABLE summit ALTER COLUMN calendar_uid SET DEFAULT CAST(gen_random_uuid() AS VARCHAR(36));
UPDATE summit SET calendar_uid = CAST(gen_random_uuid() AS VARCHAR(36)) WHERE calendar_uid IS NULL;
