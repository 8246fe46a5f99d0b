-- Scripts in printouts and bilingual content (issue 11). PostgreSQL-compatible like V1.

-- A random id of each summit, made once (by the first calendar export) and kept: calendar UIDs are
-- built from it, so they stay the same on every export from this database and differ from those of
-- any other database, where the same item ids repeat.
ALTER TABLE summit ADD COLUMN calendar_uid VARCHAR(36);

-- French texts beside the English ones, printed in French documents where present (NULL: none).
ALTER TABLE agenda_item ADD COLUMN title_fr VARCHAR(300);
ALTER TABLE agenda_item ADD COLUMN description_fr VARCHAR(4000);
ALTER TABLE room ADD COLUMN name_fr VARCHAR(200);
ALTER TABLE attendee ADD COLUMN position_fr VARCHAR(200);
