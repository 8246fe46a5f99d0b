-- Order of precedence and forms of address (issue 13, items 1 and 2). PostgreSQL-compatible like V1
-- (named constraints, no reserved words as names).

-- A summit's rule for its delegations and within each. A summit without a row follows the default:
-- alphabetical in the host's language, people by rank (see model.Precedence.defaultFor).
CREATE TABLE precedence (
    summit_id       BIGINT       NOT NULL,
    delegation_rule VARCHAR(12)  NOT NULL,
    language_code   VARCHAR(2)   NOT NULL,
    -- the lot: the nation (or the letter) drawn to start from, and the seed of the draw to repeat it
    lot_nation      VARCHAR(4),
    lot_letter      VARCHAR(8),
    lot_seed        BIGINT,
    member_rule     VARCHAR(8)   NOT NULL,
    version         INTEGER      DEFAULT 0 NOT NULL,
    CONSTRAINT precedence_pk PRIMARY KEY (summit_id),
    CONSTRAINT precedence_summit_fk FOREIGN KEY (summit_id) REFERENCES summit (id) ON DELETE CASCADE,
    CONSTRAINT precedence_lot_fk FOREIGN KEY (lot_nation) REFERENCES nation (code),
    CONSTRAINT precedence_rule_ck CHECK (delegation_rule IN ('ALPHABETICAL', 'LOT', 'HAND')),
    CONSTRAINT precedence_language_ck CHECK (language_code IN ('fr', 'en')),
    CONSTRAINT precedence_member_ck CHECK (member_rule IN ('RANK', 'HAND')),
    CONSTRAINT precedence_letter_ck CHECK (lot_letter <> '')
);

-- The delegations placed by hand, 1 first; nations not listed follow alphabetically.
CREATE TABLE precedence_place (
    summit_id   BIGINT     NOT NULL,
    nation_code VARCHAR(4) NOT NULL,
    place_no    INTEGER    NOT NULL,
    CONSTRAINT precedence_place_pk PRIMARY KEY (summit_id, nation_code),
    CONSTRAINT precedence_place_fk FOREIGN KEY (summit_id) REFERENCES precedence (summit_id) ON DELETE CASCADE,
    CONSTRAINT precedence_place_nation_fk FOREIGN KEY (nation_code) REFERENCES nation (code),
    CONSTRAINT precedence_place_uq UNIQUE (summit_id, place_no),
    CONSTRAINT precedence_place_ck CHECK (place_no > 0)
);

-- A person's style of address (a code, or written out in English and French), when they took up the
-- office that gives their rank, and their place in the delegation when it is ordered by hand.
ALTER TABLE attendee ADD COLUMN style_code VARCHAR(12);
ALTER TABLE attendee ADD COLUMN style_en VARCHAR(100);
ALTER TABLE attendee ADD COLUMN style_fr VARCHAR(100);
ALTER TABLE attendee ADD COLUMN took_office_on DATE;
ALTER TABLE attendee ADD COLUMN hand_position INTEGER;
ALTER TABLE attendee ADD CONSTRAINT attendee_style_ck
    CHECK (style_code IN ('HE', 'HM', 'HRH', 'HSH', 'RT_HON', 'HON'));
ALTER TABLE attendee ADD CONSTRAINT attendee_hand_ck CHECK (hand_position > 0);
