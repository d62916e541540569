-- quotegraph schema, version 3 (SQLite; keep in step with ../postgres/0003_kinds.sql): every
-- attribution is kept with its kind, and what is shown by default is statements. Rows written
-- before this version are statements (extraction kept nothing else then).
ALTER TABLE quotes ADD COLUMN kind TEXT NOT NULL DEFAULT 'statement';  -- statement, belief, finding, intention, stance, other
ALTER TABLE quotes ADD COLUMN speaker_kind TEXT;   -- person, organisation, group, unnamed; NULL when no speaker
ALTER TABLE quotes ADD COLUMN group_id TEXT;       -- shared within an article by the passages of one split quotation
DROP INDEX quotes_speaker;
CREATE INDEX quotes_speaker ON quotes (speaker_id, kind, published_at);

-- The speaker summaries, for each scope: the columns without a suffix count statements, the
-- "_all" ones every kind; outlets and top quotes carry their scope ('statements' or 'all').
ALTER TABLE speakers ADD COLUMN n_quotes_all INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speakers ADD COLUMN n_articles_all INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speakers ADD COLUMN first_seen_all TEXT;
ALTER TABLE speakers ADD COLUMN last_seen_all TEXT;
UPDATE speakers SET n_quotes_all = n_quotes, n_articles_all = n_articles, first_seen_all = first_seen,
    last_seen_all = last_seen;

CREATE TABLE speaker_outlets_3 (
    speaker_id TEXT NOT NULL,
    outlet     TEXT NOT NULL,
    n          INTEGER NOT NULL,
    scope      TEXT NOT NULL,
    PRIMARY KEY (speaker_id, scope, outlet)
);
INSERT INTO speaker_outlets_3 (speaker_id, outlet, n, scope)
    SELECT speaker_id, outlet, n, 'statements' FROM speaker_outlets
    UNION ALL SELECT speaker_id, outlet, n, 'all' FROM speaker_outlets;
DROP TABLE speaker_outlets;
ALTER TABLE speaker_outlets_3 RENAME TO speaker_outlets;

CREATE TABLE speaker_top_quotes_3 (          -- most reported statements first, then the newest
    speaker_id TEXT NOT NULL,
    place      INTEGER NOT NULL,
    quote_id   TEXT NOT NULL,               -- the earliest report (of the scope) of the statement
    size       INTEGER NOT NULL,            -- how many reports (of the scope) its cluster holds
    scope      TEXT NOT NULL,
    PRIMARY KEY (speaker_id, scope, place)
);
INSERT INTO speaker_top_quotes_3 (speaker_id, place, quote_id, size, scope)
    SELECT speaker_id, place, quote_id, size, 'statements' FROM speaker_top_quotes
    UNION ALL SELECT speaker_id, place, quote_id, size, 'all' FROM speaker_top_quotes;
DROP TABLE speaker_top_quotes;
ALTER TABLE speaker_top_quotes_3 RENAME TO speaker_top_quotes;
