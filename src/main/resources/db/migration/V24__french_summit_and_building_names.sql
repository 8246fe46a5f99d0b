-- The summit's name and venue and a room's building in French, printed in French documents where present
-- (NULL: none, the English text is printed), beside V8's French titles and room names. PostgreSQL-compatible like V1.
ALTER TABLE summit ADD COLUMN name_fr VARCHAR(200);
ALTER TABLE summit ADD COLUMN venue_fr VARCHAR(200);
ALTER TABLE room ADD COLUMN building_fr VARCHAR(200);
