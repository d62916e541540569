-- quotegraph schema, version 1 (SQLite). Keep in step with ../postgres/0001_init.sql.
CREATE TABLE articles (
    key          TEXT PRIMARY KEY,          -- content hash: same content, same key
    source_id    TEXT NOT NULL,             -- the id the input gave (file name, JSONL id, URL)
    source       TEXT,                      -- where it was read from
    url          TEXT,
    outlet       TEXT,
    published    TEXT,                      -- as the source gave it
    published_at TEXT,                      -- normalised UTC 'YYYY-MM-DDTHH:MM:SS', sortable
    title        TEXT,
    text         TEXT NOT NULL,
    n_quotes     INTEGER NOT NULL
);
CREATE INDEX articles_published ON articles (published_at);

CREATE TABLE quotes (
    id              TEXT PRIMARY KEY,       -- '<article key>-<index>'
    article_key     TEXT NOT NULL REFERENCES articles (key),
    idx             INTEGER NOT NULL,
    start_pos       INTEGER NOT NULL,
    end_pos         INTEGER NOT NULL,
    text            TEXT NOT NULL,
    type            TEXT NOT NULL,
    speaker         TEXT,
    speaker_mention TEXT,
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    role            TEXT,
    cue             TEXT,
    cue_start       INTEGER,
    cue_end         INTEGER,
    addressee       TEXT,
    target          TEXT,
    confidence      REAL NOT NULL,
    outlet          TEXT,                   -- copied from the article for fast filtering
    published_at    TEXT,
    speaker_id      TEXT,                   -- set by resolve
    cluster_id      TEXT                    -- set by resolve: the smallest quote id of the cluster
);
CREATE INDEX quotes_article ON quotes (article_key);
CREATE INDEX quotes_speaker ON quotes (speaker_id, published_at);
CREATE INDEX quotes_cluster ON quotes (cluster_id);
CREATE INDEX quotes_outlet ON quotes (outlet, published_at);
CREATE INDEX quotes_published ON quotes (published_at);

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, content = 'quotes', content_rowid = 'rowid', tokenize = 'porter unicode61'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;

CREATE TABLE speakers (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    n_quotes   INTEGER NOT NULL,
    n_articles INTEGER NOT NULL
);
CREATE INDEX speakers_name ON speakers (lower(name));

CREATE TABLE speaker_aliases (
    speaker_id TEXT NOT NULL,
    alias      TEXT NOT NULL,
    n          INTEGER NOT NULL,
    reason     TEXT NOT NULL,               -- why this name was linked to the speaker
    PRIMARY KEY (speaker_id, alias)
);
CREATE INDEX speaker_aliases_alias ON speaker_aliases (lower(alias));

CREATE TABLE speaker_roles (
    speaker_id TEXT NOT NULL,
    role       TEXT NOT NULL,
    first_seen TEXT,
    last_seen  TEXT,
    n          INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, role)
);

CREATE TABLE clusters (                     -- only clusters of two quotes or more
    id             TEXT PRIMARY KEY,
    size           INTEGER NOT NULL,
    n_outlets      INTEGER NOT NULL,
    earliest_quote TEXT NOT NULL
);

CREATE TABLE errors (
    source TEXT PRIMARY KEY,
    reason TEXT NOT NULL
);
