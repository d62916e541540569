"""SQLite backend: one file, WAL, FTS5 for full-text search."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from quotegraph.store.base import FullText, Row, Store

WORD = re.compile(r"\w+", re.UNICODE)


class SQLiteStore(Store):
    dialect = "sqlite"

    def __init__(self, path: str) -> None:
        self.url = path
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
        # The busy timeout first: turning a new file to WAL needs a moment of sole access.
        for pragma in ("busy_timeout = 30000", "journal_mode = WAL", "synchronous = NORMAL",
                       "foreign_keys = ON", "cache_size = -200000", "temp_store = MEMORY"):  # fmt: skip
            _pragma(self.conn, pragma)
        self._depth = 0

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(sql, tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.conn.execute(sql, tuple(params)).fetchall()

    def iterate(self, sql: str, params: Sequence[Any] = (), batch: int = 10_000) -> Iterator[Row]:
        cur = self.conn.execute(sql, tuple(params))
        while rows := cur.fetchmany(batch):
            yield from rows

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:  # nested blocks join the outer transaction
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def run_migration(self, script: str, version: int, name: str) -> None:
        # executescript() commits whatever is pending, so the script carries its own transaction.
        record = f"INSERT INTO schema_version (version, name) VALUES ({int(version)}, '{name}');"
        try:
            self.conn.executescript(f"BEGIN IMMEDIATE;\n{script}\n{record}\nCOMMIT;")
        except sqlite3.Error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def fts_query(self, text: str) -> str:
        return " ".join(f'"{w}"' for w in WORD.findall(text))

    def fulltext(self) -> FullText:
        return FullText(
            "quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid", "quotes_fts MATCH ?", "bm25(quotes_fts)"
        )

    def close(self) -> None:
        self.conn.close()


def _pragma(conn: sqlite3.Connection, pragma: str, wait: float = 30.0) -> None:
    """Run a PRAGMA, waiting out another process that holds the file: SQLite answers "database is
    locked" at once, without its busy handler, when a new file is being turned to WAL by another
    connection at the same moment."""
    deadline = time.monotonic() + wait
    delay = 0.01
    while True:
        try:
            conn.execute(f"PRAGMA {pragma}")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
