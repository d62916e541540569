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


VERSIONS = [(1, "0001_init.sql"), (2, "0002_speaker_summaries.sql"), (3, "0003_kinds.sql")]


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


def test_an_old_store_is_upgraded_in_place(db_url: str) -> None:
    with old_store(db_url, 1) as old:
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
        columns = QUOTE_COLUMNS[: QUOTE_COLUMNS.index("kind")]
        with old.transaction():
            old.execute("INSERT INTO articles (key, source_id, text, n_quotes) VALUES ('k1', 'a1', 'x', 1)")
            old.execute(f"INSERT INTO quotes ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                        ("k1-0", "k1", 0, 1, 16, "Rates will fall", "direct", "Ana Ruiz", None, None, None,
                         None, "said", None, None, None, None, 0.9, "Daily Planet", None))  # fmt: skip
            old.execute("INSERT INTO speakers VALUES ('sp-1', 'Ana Ruiz', 1, 1, '2024-01-02', '2024-01-02')")
            old.execute("INSERT INTO speaker_outlets VALUES ('sp-1', 'Daily Planet', 1)")
            old.execute("INSERT INTO speaker_top_quotes VALUES ('sp-1', 0, 'k1-0', 1)")
    with open_store(db_url) as upgraded:
        assert upgraded.query("SELECT max(version) FROM schema_version") == [(3,)]
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
        Quote(1, 16, "Rates will fall", "direct", speaker="Ana Ruiz", speaker_kind="person", group="g1"),
        Quote(35, 39, "Soon", "direct", speaker="Ana Ruiz", speaker_kind="person", group="g1"),
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
