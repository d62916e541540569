"""Keep the corpus: SQLite by default, PostgreSQL behind the same interface and schema."""

from __future__ import annotations

from pathlib import Path

from quotegraph import settings
from quotegraph.settings import DEFAULT_DB
from quotegraph.store.base import Store
from quotegraph.store.migrate import migrate


def default_db() -> str:
    return settings.db()


def _is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def store_exists(url: str) -> bool:
    """Whether ``url`` names a store already made (``open_store`` would create an empty one): a
    SQLite file, or a PostgreSQL database holding quotegraph's tables."""
    if not _is_postgres(url):
        return Path(url.removeprefix("sqlite:///")).is_file()
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
    return bool(row and row[0])


def open_store(url: str | None = None) -> Store:
    """Open (and migrate) the store at ``url``: a SQLite path, or ``postgresql://...``."""
    url = url or default_db()
    store: Store
    if _is_postgres(url):
        from quotegraph.store.postgres import PostgresStore

        store = PostgresStore(url)
    else:
        from quotegraph.store.sqlite import SQLiteStore

        store = SQLiteStore(url.removeprefix("sqlite:///"))
    migrate(store)
    return store


__all__ = ["DEFAULT_DB", "Store", "default_db", "migrate", "open_store", "store_exists"]
