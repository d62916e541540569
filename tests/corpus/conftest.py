"""Corpus tests run on real SQLite and, when QUOTEGRAPH_TEST_PG is set, on real PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import fresh_postgres

PG = os.environ.get("QUOTEGRAPH_TEST_PG")


@pytest.fixture(params=["sqlite", "postgres"])
def db_pair(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    """Two empty stores of one kind: one for the run under test, one for a clean run to compare."""
    if request.param == "sqlite":
        return str(tmp_path / "corpus.db"), str(tmp_path / "clean.db")
    if not PG:
        pytest.skip("QUOTEGRAPH_TEST_PG is not set")
    return fresh_postgres(PG, "under_test"), fresh_postgres(PG, "clean")


@pytest.fixture
def db_url(db_pair: tuple[str, str]) -> str:
    return db_pair[0]
