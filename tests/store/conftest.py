"""Every store test runs on real SQLite and, when QUOTEGRAPH_TEST_PG is set, on real PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotegraph.store import Store, open_store
from tests.store.handmade import add_corpus

PG = os.environ.get("QUOTEGRAPH_TEST_PG")


def reset_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "corpus.db")
    if not PG:
        pytest.skip("QUOTEGRAPH_TEST_PG is not set")
    reset_postgres(PG)
    return PG


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with open_store(db_url) as s:
        yield s


@pytest.fixture
def corpus(store: Store) -> Store:
    """The small corpus built by hand (``handmade.CORPUS``), stored and resolved."""
    return add_corpus(store)
