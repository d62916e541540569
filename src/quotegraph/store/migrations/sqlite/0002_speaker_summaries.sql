-- quotegraph schema, version 2: speaker summaries written by resolve, so that a speaker's
-- profile is a few key lookups however many quotes the speaker has.
ALTER TABLE speakers ADD COLUMN first_seen TEXT;
ALTER TABLE speakers ADD COLUMN last_seen TEXT;

CREATE TABLE speaker_outlets (
    speaker_id TEXT NOT NULL,
    outlet     TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, outlet)
);

CREATE TABLE speaker_top_quotes (           -- most reported statements first, then the newest
    speaker_id TEXT NOT NULL,
    place      INTEGER NOT NULL,
    quote_id   TEXT NOT NULL,               -- the earliest report of the statement
    size       INTEGER NOT NULL,            -- how many reports its cluster holds
    PRIMARY KEY (speaker_id, place)
);
