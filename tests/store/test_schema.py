"""The schema: versioned migrations, content-keyed articles, idempotent writes, recorded errors."""

from __future__ import annotations

from quotegraph.model import Article, Quote
from quotegraph.store import Store, open_store
from quotegraph.store.migrate import migrations

ARTICLE = Article(
    id="a1", text='"Rates will fall," Ana Ruiz said.', outlet="Daily Planet", published="2024-01-02"
)
QUOTE = Quote(1, 16, "Rates will fall", "direct", speaker="Ana Ruiz", speaker_span=(19, 27), cue="said",
              cue_span=(28, 32), confidence=0.9)  # fmt: skip


VERSIONS = [(1, "0001_init.sql"), (2, "0002_speaker_summaries.sql")]


def test_both_dialects_have_the_same_migrations() -> None:
    names = [m.name for m in migrations("sqlite")]
    assert names == [m.name for m in migrations("postgres")] == [name for _, name in VERSIONS]


def test_migrations_apply_once(store: Store, db_url: str) -> None:
    assert store.query("SELECT version, name FROM schema_version ORDER BY version") == VERSIONS
    with open_store(db_url) as again:
        assert again.query("SELECT version, name FROM schema_version ORDER BY version") == VERSIONS


def test_an_old_store_is_upgraded_in_place(store: Store, db_url: str) -> None:
    for table in ("speaker_top_quotes", "speaker_outlets", "speakers", "schema_version"):
        store.execute(f"DROP TABLE {table}")
    store.execute("CREATE TABLE speakers (id TEXT PRIMARY KEY, name TEXT NOT NULL, n_quotes INTEGER NOT NULL,"
                  " n_articles INTEGER NOT NULL)")  # fmt: skip
    store.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    store.execute("INSERT INTO schema_version VALUES (1, '0001_init.sql')")
    store.execute("INSERT INTO speakers VALUES ('sp-1', 'Ana Ruiz', 3, 2)")
    with open_store(db_url) as upgraded:
        assert upgraded.query("SELECT version, name FROM schema_version ORDER BY version") == VERSIONS
        assert upgraded.query("SELECT id, n_quotes, first_seen FROM speakers") == [("sp-1", 3, None)]
        assert upgraded.query("SELECT count(*) FROM speaker_top_quotes") == [(0,)]


def test_an_article_and_its_quotes_written_once(store: Store) -> None:
    for _ in range(2):
        with store.transaction():
            store.add_article("k1", ARTICLE, [QUOTE], "feed.jsonl:1", "2024-01-02T00:00:00")
    assert store.known_keys(["k1", "k2"]) == {"k1"}
    assert store.query(
        "SELECT id, start_pos, end_pos, speaker, speaker_start, cue_end, outlet FROM quotes"
    ) == [("k1-0", 1, 16, "Ana Ruiz", 19, 32, "Daily Planet")]
    assert store.counts() == {"articles": 1, "quotes": 1, "speakers": 0, "clusters": 0, "errors": 0}


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
