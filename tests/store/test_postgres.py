"""The PostgreSQL backend (when QUOTEGRAPH_TEST_PG is set): '?' placeholders, English full-text
search that takes the user's punctuation as text, nested transactions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from quotegraph.model import Article
from quotegraph.store import open_store
from quotegraph.store.postgres import PostgresStore, _pg
from quotegraph.store.queries import search
from tests.store.conftest import PG, reset_postgres
from tests.store.handmade import add_corpus, ids


@pytest.fixture
def store() -> Iterator[PostgresStore]:
    if not PG:
        pytest.skip("QUOTEGRAPH_TEST_PG is not set")
    reset_postgres(PG)
    with open_store(PG) as s:
        assert isinstance(s, PostgresStore)
        yield s


def test_placeholders_become_psycopg_ones() -> None:
    assert _pg("SELECT a FROM t WHERE b = ? AND c IN (?, ?)") == "SELECT a FROM t WHERE b = %s AND c IN (%s, %s)"


def test_search_stems_english_and_takes_punctuation_as_text(store: PostgresStore) -> None:
    add_corpus(store)
    assert store.query("SELECT ?::int + ?::int", [2, 3]) == [(5,)]
    assert sorted(ids(search(store, "gratitude & !hospitality | ("))) == ["a1-0", "a2-0", "a3-0"]
    assert ids(search(store, "lived")) == ["a4-0"]  # English stems: "living" and "lived" are one word


def test_a_nested_transaction_joins_the_outer_one(store: PostgresStore) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        with store.transaction():
            store.add_article("k1", Article("a1", "..."), [], None, None)
        raise RuntimeError("the outer block fails after the inner one ended")
    assert store.known_keys(["k1"]) == set()
