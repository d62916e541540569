-- quotegraph schema, version 4 (SQLite; keep in step with ../postgres/0004_confidence_floor.sql):
-- what is shown by default is statements at confidence 0.5 or more (model.DEFAULT_MIN_CONFIDENCE,
-- what extraction shows), and every kind at any confidence with scope "all". Speaker pages filter
-- their quotes by confidence too, so the speaker index carries it.
DROP INDEX quotes_speaker;
CREATE INDEX quotes_speaker ON quotes (speaker_id, kind, published_at, confidence);

-- The statement summaries resolve wrote before counted statements at any confidence: count them
-- again at the floor, as resolve now does ("_all" columns and scope 'all' rows are unchanged).
UPDATE speakers SET
    n_quotes = (SELECT count(*) FROM quotes q WHERE q.speaker_id = speakers.id
                AND q.kind = 'statement' AND q.confidence >= 0.5),
    n_articles = (SELECT count(DISTINCT q.article_key) FROM quotes q WHERE q.speaker_id = speakers.id
                  AND q.kind = 'statement' AND q.confidence >= 0.5),
    first_seen = (SELECT min(q.published_at) FROM quotes q WHERE q.speaker_id = speakers.id
                  AND q.kind = 'statement' AND q.confidence >= 0.5),
    last_seen = (SELECT max(q.published_at) FROM quotes q WHERE q.speaker_id = speakers.id
                 AND q.kind = 'statement' AND q.confidence >= 0.5);

DELETE FROM speaker_outlets WHERE scope = 'statements';
INSERT INTO speaker_outlets (speaker_id, outlet, n, scope)
    SELECT speaker_id, outlet, count(*), 'statements' FROM quotes
    WHERE speaker_id IS NOT NULL AND outlet IS NOT NULL AND outlet <> ''
        AND kind = 'statement' AND confidence >= 0.5
    GROUP BY speaker_id, outlet;

-- A top statement below the floor is no longer shown; the others keep their place, with how many
-- reports at the floor their cluster holds. The next resolve ranks them afresh.
DELETE FROM speaker_top_quotes WHERE scope = 'statements'
    AND quote_id NOT IN (SELECT id FROM quotes WHERE kind = 'statement' AND confidence >= 0.5);
UPDATE speaker_top_quotes SET size = (
    SELECT count(*) FROM quotes m JOIN quotes t ON m.cluster_id = t.cluster_id
    WHERE t.id = speaker_top_quotes.quote_id AND m.kind = 'statement' AND m.confidence >= 0.5
) WHERE scope = 'statements'
    AND quote_id IN (SELECT id FROM quotes WHERE cluster_id IS NOT NULL);
