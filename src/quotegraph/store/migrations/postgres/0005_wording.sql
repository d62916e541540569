-- quotegraph schema, version 5 (PostgreSQL; keep in step with ../sqlite/0005_wording.sql): provenance a
-- fact-checker can rely on. Each report in a cluster carries its wording against the cluster's
-- earliest report: 'earliest', 'same' (the same words, case, punctuation, typographic marks, elisions
-- marked with an ellipsis and a part quoted aside), 'altered' (a direct quote with words changed,
-- added or dropped inside the quotation marks) or 'paraphrase'; NULL for a report alone. Clusters
-- count the distinct articles reporting them (a repeat inside one article counts once) and how many
-- reports altered the words; a speaker's most reported statements (speaker_top_quotes.size) count
-- articles too. The next resolve writes them; rows before it count what they can.
ALTER TABLE quotes ADD COLUMN wording TEXT;
CREATE INDEX quotes_altered ON quotes (cluster_id) WHERE wording = 'altered';

ALTER TABLE clusters ADD COLUMN n_articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clusters ADD COLUMN n_altered INTEGER NOT NULL DEFAULT 0;
UPDATE clusters SET n_articles = (SELECT count(DISTINCT q.article_key) FROM quotes q WHERE q.cluster_id = clusters.id);
