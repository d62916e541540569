from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_BENCH = ROOT.parent / "shared" / "bench"


@pytest.fixture(scope="session")
def shared_bench() -> Path:
    """The shared benchmark folder; tests that need it skip when a clone stands alone."""
    if not (SHARED_BENCH / "seed.gold.jsonl").is_file():
        pytest.skip("../shared/bench is not present (a standalone clone)")
    return SHARED_BENCH


def fresh_postgres(url: str, schema: str) -> str:
    """A URL whose tables live in an emptied ``schema`` of the test database."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
