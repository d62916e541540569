"""PostgreSQL backend (psycopg 3): the same schema and queries, ``tsvector`` for full-text search."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from quotegraph.store.base import FullText, Row, Store


def _pg(sql: str) -> str:
    # Our SQL is written with '?' placeholders and holds no literal '?' or '%'.
    return sql.replace("?", "%s")


MIGRATION_LOCK = 0x71756F74  # "quot": the advisory lock key quotegraph's migrations take turns on


class PostgresStore(Store):
    dialect = "postgres"

    def __init__(self, url: str) -> None:
        self.url = url
        self.conn = psycopg.connect(url, autocommit=True)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(_pg(sql), tuple(params))  # type: ignore[arg-type]

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_pg(sql), rows)  # type: ignore[arg-type]

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.conn.execute(_pg(sql), tuple(params)).fetchall()  # type: ignore[arg-type]

    def iterate(self, sql: str, params: Sequence[Any] = (), batch: int = 10_000) -> Iterator[Row]:
        with self.conn.transaction(), self.conn.cursor(name="qg_iterate") as cur:
            cur.itersize = batch
            cur.execute(_pg(sql), tuple(params))  # type: ignore[arg-type]
            yield from cur

    def update_links(self, rows: Sequence[tuple[str | None, str | None, str | None, str]]) -> None:
        # One UPDATE joined to a copied temporary table, not one statement per quote.
        self.conn.execute(
            "CREATE TEMPORARY TABLE qg_links (speaker_id TEXT, cluster_id TEXT, wording TEXT, id TEXT)"
            " ON COMMIT DROP"
        )
        with (
            self.conn.cursor() as cur,
            cur.copy("COPY qg_links (speaker_id, cluster_id, wording, id) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
        self.conn.execute(
            "UPDATE quotes q SET speaker_id = l.speaker_id, cluster_id = l.cluster_id, wording = l.wording"
            " FROM qg_links l WHERE q.id = l.id"
        )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    @contextmanager
    def migration_lock(self) -> Iterator[None]:
        # A session-level advisory lock: concurrent CREATE TABLEs otherwise collide in the catalog.
        self.conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
        try:
            yield
        finally:
            self.conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))

    def run_migration(self, script: str, version: int, name: str) -> None:
        with self.conn.transaction():
            self.conn.execute(script)  # type: ignore[arg-type]
            self.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", (version, name))

    def fts_query(self, text: str) -> str:
        return text

    def fulltext(self) -> FullText:
        return FullText(
            "(SELECT plainto_tsquery('english', ?) AS tq) m CROSS JOIN quotes q",
            "q.tsv @@ m.tq",
            "ts_rank(q.tsv, m.tq) DESC",
        )

    def close(self) -> None:
        self.conn.close()
