"""The schema: versioned migrations, content-keyed articles, idempotent writes, recorded errors."""

from __future__ import annotations

from quotegraph.corpus.resolving import resolve_corpus
from quotegraph.model import Article, Quote
from quotegraph.store import Store, open_store
from quotegraph.store.base import QUOTE_COLUMNS
from quotegraph.store.migrate import migrations

ARTICLE = Article(
    id="a1", text='"Rates will fall," Ana Ruiz said.', outlet="Daily Planet", published="2024-01-02"
)
QUOTE = Quote(1, 16, "Rates will fall", "direct", speaker="Ana Ruiz", speaker_span=(19, 27), cue="said",
              cue_span=(28, 32), confidence=0.9)  # fmt: skip


VERSIONS = [
    (1, "0001_init.sql"), (2, "0002_speaker_summaries.sql"), (3, "0003_kinds.sql"), (4, "0004_confidence_floor.sql"),
    (5, "0005_wording.sql"),
    (6, "0006_corrections.sql"),
]  # fmt: skip


def old_store(db_url: str, version: int) -> Store:
    """A new store at ``db_url`` with the schema of ``version``, as an older quotegraph made it."""
    store: Store
    if db_url.startswith("postgresql://"):
        from quotegraph.store.postgres import PostgresStore

        store = PostgresStore(db_url)
    else:
        from quotegraph.store.sqlite import SQLiteStore

        store = SQLiteStore(db_url)
    store.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    for mig in migrations(store.dialect)[:version]:
        store.run_migration(mig.sql, mig.version, mig.name)
    return store


def test_both_dialects_have_the_same_migrations() -> None:
    names = [m.name for m in migrations("sqlite")]
    assert names == [m.name for m in migrations("postgres")] == [name for _, name in VERSIONS]


def test_migrations_apply_once(store: Store, db_url: str) -> None:
    assert store.query("SELECT version, name FROM schema_version ORDER BY version") == VERSIONS
    with open_store(db_url) as again:
        assert again.query("SELECT version, name FROM schema_version ORDER BY version") == VERSIONS


def add_old_quotes(store: Store, rows: list[tuple[str, str, str, str | None, float]]) -> None:
    """(article key, quote id, speaker id, published_at, confidence) as an older schema (before kinds)
    holds quotes: each a statement by Ana Ruiz in the Daily Planet."""
    columns = [*QUOTE_COLUMNS[: QUOTE_COLUMNS.index("kind")], "speaker_id", "cluster_id"]
    with store.transaction():
        for key in sorted({r[0] for r in rows}):
            store.execute(
                "INSERT INTO articles (key, source_id, text, n_quotes) VALUES (?, ?, 'x', 1)", [key, key]
            )
        for key, qid, sid, published_at, confidence in rows:
            store.execute(f"INSERT INTO quotes ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                          (qid, key, 0, 1, 16, "Rates will fall", "direct", "Ana Ruiz", None, None, None, None,
                           "said", None, None, None, None, confidence, "Daily Planet", published_at, sid, qid))  # fmt: skip


def test_an_old_store_is_upgraded_in_place(db_url: str) -> None:
    with old_store(db_url, 1) as old:
        add_old_quotes(old, [("k1", "k1-0", "sp-1", None, 0.9), ("k1", "k1-1", "sp-1", None, 0.8),
                             ("k2", "k2-0", "sp-1", None, 0.7)])  # fmt: skip
        old.execute("INSERT INTO speakers VALUES ('sp-1', 'Ana Ruiz', 3, 2)")
    with open_store(db_url) as upgraded:
        assert upgraded.query("SELECT version, name FROM schema_version ORDER BY version") == VERSIONS
        assert upgraded.query("SELECT id, n_quotes, first_seen, n_quotes_all FROM speakers") == [
            ("sp-1", 3, None, 3)
        ]
        assert upgraded.query("SELECT count(*) FROM speaker_top_quotes") == [(0,)]


def test_a_version_2_store_keeps_its_quotes_as_statements(db_url: str) -> None:
    """Rows written before kinds were kept were all statements: every summary holds for both scopes."""
    with old_store(db_url, 2) as old:
        add_old_quotes(old, [("k1", "k1-0", "sp-1", "2024-01-02", 0.9)])
        with old.transaction():
            old.execute("INSERT INTO speakers VALUES ('sp-1', 'Ana Ruiz', 1, 1, '2024-01-02', '2024-01-02')")
            old.execute("INSERT INTO speaker_outlets VALUES ('sp-1', 'Daily Planet', 1)")
            old.execute("INSERT INTO speaker_top_quotes VALUES ('sp-1', 0, 'k1-0', 1)")
    with open_store(db_url) as upgraded:
        assert upgraded.query("SELECT max(version) FROM schema_version") == [(VERSIONS[-1][0],)]
        assert upgraded.query("SELECT id, kind, speaker_kind, group_id FROM quotes") == [
            ("k1-0", "statement", None, None)
        ]
        assert upgraded.query(
            "SELECT n_quotes, n_articles, first_seen, n_quotes_all, n_articles_all, last_seen_all FROM speakers"
        ) == [(1, 1, "2024-01-02", 1, 1, "2024-01-02")]
        assert upgraded.query("SELECT scope, outlet, n FROM speaker_outlets ORDER BY scope") == [
            ("all", "Daily Planet", 1), ("statements", "Daily Planet", 1),
        ]  # fmt: skip
        assert upgraded.query("SELECT scope, place, quote_id FROM speaker_top_quotes ORDER BY scope") == [
            ("all", 0, "k1-0"), ("statements", 0, "k1-0"),
        ]  # fmt: skip


def test_a_version_3_store_counts_its_statements_again_at_the_floor(db_url: str) -> None:
    """Version 3 summaries counted statements at any confidence; version 4 counts those at the default
    floor (0.5), as resolve now writes them, and leaves the every-kind summaries as they were."""
    with old_store(db_url, 3) as old:
        add_old_quotes(
            old, [("k1", "k1-0", "sp-1", "2024-01-02", 0.9), ("k2", "k2-0", "sp-1", "2024-01-01", 0.3)]
        )
        old.execute("UPDATE quotes SET cluster_id = 'k1-0', outlet = 'Metro Times' WHERE id = 'k2-0'")
        old.execute("INSERT INTO speakers VALUES ('sp-1', 'Ana Ruiz', 2, 2, '2024-01-01', '2024-01-02',"
                    " 2, 2, '2024-01-01', '2024-01-02')")  # fmt: skip
        for scope in ("statements", "all"):
            old.execute("INSERT INTO speaker_outlets VALUES ('sp-1', 'Daily Planet', 1, ?), ('sp-1', 'Metro Times', 1, ?)",
                        [scope, scope])  # fmt: skip
            old.execute("INSERT INTO speaker_top_quotes VALUES ('sp-1', 0, 'k2-0', 2, ?), ('sp-1', 1, 'k1-0', 2, ?)",
                        [scope, scope])  # fmt: skip
    with open_store(db_url) as upgraded:
        assert upgraded.query(
            "SELECT n_quotes, n_articles, first_seen, last_seen, n_quotes_all, n_articles_all, first_seen_all"
            " FROM speakers"
        ) == [(1, 1, "2024-01-02", "2024-01-02", 2, 2, "2024-01-01")]
        assert upgraded.query("SELECT scope, outlet, n FROM speaker_outlets ORDER BY scope, outlet") == [
            ("all", "Daily Planet", 1), ("all", "Metro Times", 1), ("statements", "Daily Planet", 1),
        ]  # fmt: skip
        assert upgraded.query("SELECT scope, place, quote_id, size FROM speaker_top_quotes ORDER BY scope, place") == [
            ("all", 0, "k2-0", 2), ("all", 1, "k1-0", 2), ("statements", 1, "k1-0", 1),
        ]  # fmt: skip


def test_an_article_and_its_quotes_written_once(store: Store) -> None:
    for _ in range(2):
        with store.transaction():
            store.add_article("k1", ARTICLE, [QUOTE], "feed.jsonl:1", "2024-01-02T00:00:00")
    assert store.known_keys(["k1", "k2"]) == {"k1"}
    assert store.query(
        "SELECT id, start_pos, end_pos, speaker, speaker_start, cue_end, outlet FROM quotes"
    ) == [("k1-0", 1, 16, "Ana Ruiz", 19, 32, "Daily Planet")]
    assert store.counts() == {"articles": 1, "quotes": 1, "speakers": 0, "clusters": 0, "errors": 0}


def test_every_kind_is_kept_with_its_speaker_kind_and_group(store: Store) -> None:
    text = '"Rates will fall," Ana Ruiz said. "Soon." The bank believes inflation has peaked.'
    quotes = [
        Quote(1, 16, "Rates will fall", "direct", speaker="Ana Ruiz", speaker_kind="person", group="g1",
              confidence=0.9),
        Quote(35, 39, "Soon", "direct", speaker="Ana Ruiz", speaker_kind="person", group="g1", confidence=0.8),
        Quote(59, 81, "inflation has peaked", "indirect", speaker="The bank", kind="belief",
              speaker_kind="organisation"),
        Quote(59, 81, "inflation has peaked", "indirect", kind="finding"),
    ]  # fmt: skip
    with store.transaction():
        store.add_article("k1", Article("a1", text), quotes, None, None)
    assert store.query("SELECT id, kind, speaker_kind, group_id FROM quotes ORDER BY id") == [
        ("k1-0", "statement", "person", "g1"), ("k1-1", "statement", "person", "g1"),
        ("k1-2", "belief", "organisation", None), ("k1-3", "finding", None, None),
    ]  # fmt: skip
    resolve_corpus(store)
    assert store.query("SELECT name, n_quotes, n_quotes_all FROM speakers") == [("Ana Ruiz", 2, 2)]


def test_a_failed_transaction_leaves_nothing(store: Store) -> None:
    try:
        with store.transaction():
            store.add_article("k1", ARTICLE, [QUOTE], None, None)
            raise RuntimeError("killed")
    except RuntimeError:
        pass
    assert store.counts()["articles"] == 0
    assert store.counts()["quotes"] == 0


def test_errors_keep_the_latest_reason_per_source(store: Store) -> None:
    with store.transaction():
        store.add_error("b.jsonl:3", "no text")
        store.add_error("a.txt", "not English: too few English words")
        store.add_error("b.jsonl:3", "malformed line: Expecting value at column 1")
    assert store.errors() == [
        ("a.txt", "not English: too few English words"),
        ("b.jsonl:3", "malformed line: Expecting value at column 1"),
    ]


def test_a_version_4_store_counts_its_clusters_articles_and_gets_wording_at_the_next_resolve(
    db_url: str,
) -> None:
    with old_store(db_url, 4) as old:
        add_old_quotes(old, [("k1", "k1-0", "sp-1", "2024-01-02", 0.9), ("k1", "k1-1", "sp-1", "2024-01-02", 0.9),
                             ("k2", "k2-0", "sp-1", "2024-01-03", 0.9)])  # fmt: skip
        old.execute("UPDATE quotes SET cluster_id = 'k1-0'")
        old.execute("INSERT INTO clusters (id, size, n_outlets, earliest_quote) VALUES ('k1-0', 3, 1, 'k1-0')")
    with open_store(db_url) as upgraded:
        assert upgraded.query("SELECT id, size, n_articles, n_altered FROM clusters") == [("k1-0", 3, 2, 0)]
        assert upgraded.query("SELECT count(*) FROM quotes WHERE wording IS NOT NULL") == [(0,)]
        resolve_corpus(upgraded)
        assert upgraded.query("SELECT id, wording FROM quotes ORDER BY id") == [
            ("k1-0", "earliest"), ("k1-1", "same"), ("k2-0", "same"),
        ]  # fmt: skip


def test_a_store_made_without_a_migration_numbered_below_its_newest_gets_it(db_url: str) -> None:
    with old_store(db_url, 4) as old:
        six = migrations(old.dialect)[5]
        old.run_migration(six.sql, six.version, six.name)
    with open_store(db_url) as upgraded:
        assert upgraded.query("SELECT version, name FROM schema_version ORDER BY version") == VERSIONS
        assert upgraded.query("SELECT count(*) FROM quotes WHERE wording IS NULL") == [(0,)]
