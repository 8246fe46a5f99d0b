-- Identity values are handed out in blocks of 1000 instead of H2's default 32 (decision 0036-crash-probe).
-- Database files are written with WRITE_DELAY=0 (no background writer, so no store of half an import):
-- H2 then stores the file at every commit, and it commits its own bookkeeping each time a block of
-- identity values is used up, so with blocks of 32 a 100,000-row import stored the file about 6,000
-- times (1.8 times the import's CPU). Ids stay unique; a crash or, on PostgreSQL, each session may
-- leave a gap in them, which nothing relies on.
ALTER TABLE acknowledgement ALTER COLUMN id SET CACHE 1000;
ALTER TABLE agenda_item ALTER COLUMN id SET CACHE 1000;
ALTER TABLE attendee ALTER COLUMN id SET CACHE 1000;
ALTER TABLE attendee_import ALTER COLUMN id SET CACHE 1000;
ALTER TABLE audit_log ALTER COLUMN id SET CACHE 1000;
ALTER TABLE badge_category ALTER COLUMN id SET CACHE 1000;
ALTER TABLE bilateral_request ALTER COLUMN id SET CACHE 1000;
ALTER TABLE participation ALTER COLUMN id SET CACHE 1000;
ALTER TABLE room ALTER COLUMN id SET CACHE 1000;
ALTER TABLE seating_plan ALTER COLUMN id SET CACHE 1000;
ALTER TABLE summit ALTER COLUMN id SET CACHE 1000;
