"""The SQLite backend: a WAL file, FTS5 search safe from the user's punctuation, nested transactions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quotegraph.model import Article
from quotegraph.store import open_store
from quotegraph.store.queries import search
from quotegraph.store.sqlite import SQLiteStore
from tests.store.handmade import add_corpus, ids


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    with open_store(str(tmp_path / "corpus.db")) as s:
        assert isinstance(s, SQLiteStore)
        yield s


def test_a_new_file_is_written_ahead(store: SQLiteStore) -> None:
    assert store.query("PRAGMA journal_mode") == [("wal",)]
    assert store.query("PRAGMA foreign_keys") == [(1,)]


def test_search_words_are_taken_as_words_not_fts_syntax(store: SQLiteStore) -> None:
    assert store.fts_query('gratitude" OR (hospitality*') == '"gratitude" "OR" "hospitality"'
    add_corpus(store)
    assert sorted(ids(search(store, 'gratitude" (hospitality*'))) == ["a1-0", "a2-0", "a3-0"]
    assert search(store, "NEAR( gratitude AND") == []  # "NEAR" and "AND" are words no quote holds


def test_a_nested_transaction_joins_the_outer_one(store: SQLiteStore) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        with store.transaction():
            store.add_article("k1", Article("a1", "..."), [], None, None)
        assert store.known_keys(["k1"]) == {"k1"}
        raise RuntimeError("the outer block fails after the inner one ended")
    assert store.known_keys(["k1"]) == set()  # the inner block's write went with the outer one
    with store.transaction():
        store.add_article("k2", Article("a2", "..."), [], None, None)
    assert store.known_keys(["k1", "k2"]) == {"k2"}


def test_a_pragma_waits_out_another_connection_holding_the_file(tmp_path) -> None:
    """SQLite answers "database is locked" at once, busy handler or not, when a new file is
    turned to WAL while another connection holds it; opening a store waits that out."""
    import sqlite3
    import threading

    from quotegraph.store.sqlite import _pragma

    path = str(tmp_path / "held.db")
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO t VALUES (1)")
    release = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    release.start()
    opener = sqlite3.connect(path, isolation_level=None, timeout=0)
    _pragma(opener, "journal_mode = WAL")
    release.join()
    assert opener.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
