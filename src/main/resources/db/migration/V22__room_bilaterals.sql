-- Whether protocol would hold a closed bilateral meeting in a room (decision 0042): a press room, a
-- courtyard or the plenary hall is marked FALSE once, and the bilateral solver never proposes a meeting
-- there. TRUE by default, so every room made before keeps today's behaviour. Portable like V1; the audit
-- triggers (V12.1, V13.1) record whole rows, so the column is in the history without a change there.
ALTER TABLE room ADD COLUMN bilaterals BOOLEAN DEFAULT TRUE NOT NULL;
