"""Keep the corpus: SQLite by default, PostgreSQL behind the same interface and schema."""

from __future__ import annotations

import os

from quotegraph.store.base import Store
from quotegraph.store.migrate import migrate

DEFAULT_DB = "quotegraph.db"


def default_db() -> str:
    return os.environ.get("QUOTEGRAPH_DB") or DEFAULT_DB


def open_store(url: str | None = None) -> Store:
    """Open (and migrate) the store at ``url``: a SQLite path, or ``postgresql://...``."""
    url = url or default_db()
    store: Store
    if url.startswith(("postgresql://", "postgres://")):
        from quotegraph.store.postgres import PostgresStore

        store = PostgresStore(url)
    else:
        from quotegraph.store.sqlite import SQLiteStore

        store = SQLiteStore(url.removeprefix("sqlite:///"))
    migrate(store)
    return store


__all__ = ["DEFAULT_DB", "Store", "default_db", "migrate", "open_store"]
