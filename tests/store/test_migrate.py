"""The schema's versioned migrations: a store opened (``open_store``) is made and migrated, the same
in both dialects, applied once, old stores upgraded in place, and a new store opened by many
processes at once made once."""

from __future__ import annotations

import multiprocessing
import threading
import traceback

from quotegraph.corpus.resolving import resolve_corpus
from quotegraph.store import Store, open_store, store_exists
from quotegraph.store.base import QUOTE_COLUMNS
from quotegraph.store.migrate import migrations

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


def test_a_store_exists_once_opened_at_the_newest_version(db_url: str) -> None:
    """``store_exists`` is what read-only commands check: asking makes nothing."""
    assert not store_exists(db_url) and not store_exists(db_url)
    with open_store(db_url) as store:
        assert store.schema_version() == VERSIONS[-1][0]
    assert store_exists(db_url)
    if not db_url.startswith("postgresql://"):
        assert store_exists(f"sqlite:///{db_url}")  # a SQLite URL names the same file


OPENERS = 8
THREADS = 40


def _open(url: str, start: object, results: object) -> None:
    start.wait()  # type: ignore[attr-defined]
    try:
        with open_store(url) as store:
            results.put(("ok", store.schema_version()))  # type: ignore[attr-defined]
    except BaseException:
        results.put(("error", traceback.format_exc()))  # type: ignore[attr-defined]


def test_many_processes_open_a_new_store_at_once(db_url: str) -> None:
    context = multiprocessing.get_context("fork")  # this process holds no connection to inherit
    start, results = context.Event(), context.Queue()
    workers = [context.Process(target=_open, args=(db_url, start, results)) for _ in range(OPENERS)]
    for w in workers:
        w.start()
    start.set()
    outcomes = [results.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    errors = [detail for status, detail in outcomes if status == "error"]
    assert not errors, errors[0]
    latest = migrations("postgres" if db_url.startswith("postgres") else "sqlite")[-1].version
    assert {v for _, v in outcomes} == {latest}
    with open_store(db_url) as store:
        versions = [v for (v,) in store.query("SELECT version FROM schema_version ORDER BY version")]
    assert versions == [m.version for m in migrations(store.dialect)]


def test_many_threads_open_a_new_store_at_once(db_url: str) -> None:
    start = threading.Barrier(THREADS)
    errors: list[str] = []

    def one() -> None:
        start.wait()
        try:
            open_store(db_url).close()
        except BaseException:
            errors.append(traceback.format_exc())

    threads = [threading.Thread(target=one) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, f"{len(errors)} of {THREADS} failed: {errors[0]}"


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
