-- quotegraph schema, version 6 (SQLite; keep in step with ../postgres/0006_corrections.sql): corrections
-- made by hand, each kept as an audit row and replayed by every resolve, so that they outlive
-- re-resolving and re-ingesting. A quote marked "not a quote" stays in the store, hidden.
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    op          TEXT NOT NULL,              -- reject, reassign, merge, split (store/corrections.py)
    speaker_id  TEXT,                       -- the speaker quotes are taken from (merge: the one merged away)
    target_id   TEXT,                       -- the speaker they are given to (merge: the one kept)
    target_name TEXT,                       -- that speaker's name (a new speaker's, when target_id is derived)
    why         TEXT NOT NULL,
    made_at     TEXT NOT NULL,              -- UTC 'YYYY-MM-DDTHH:MM:SS'
    author      TEXT NOT NULL               -- the name of the token it was made with
);
CREATE TABLE corrected_quotes (
    correction_id BIGINT NOT NULL REFERENCES corrections (id),
    quote_id      TEXT NOT NULL,
    PRIMARY KEY (correction_id, quote_id)
);
CREATE INDEX corrected_quotes_quote ON corrected_quotes (quote_id);
CREATE INDEX corrections_speaker ON corrections (speaker_id);
CREATE INDEX corrections_target ON corrections (target_id);

ALTER TABLE quotes ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;  -- 1: a correction says it is not a quote
DROP INDEX quotes_speaker;
CREATE INDEX quotes_speaker ON quotes (speaker_id, kind, published_at, confidence, hidden);
