"""What the Spark tests compare and use: every table of a store, dumped in a stable order, the
``quotegraph spark`` / ``load`` commands run in this process, and Parquet tables written by hand."""

from __future__ import annotations

import argparse
from typing import Any

from quotegraph.cli.spark import register
from quotegraph.store import open_store
from quotegraph.store.base import QUOTE_COLUMNS

TABLES = {
    "articles": "key", "quotes": "id", "speakers": "id", "speaker_aliases": "speaker_id, alias",
    "speaker_roles": "speaker_id, role", "speaker_outlets": "speaker_id, scope, outlet",
    "speaker_top_quotes": "speaker_id, scope, place", "clusters": "id", "errors": "source",
}  # fmt: skip


def cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="quotegraph")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return int(args.func(args))


def columns(table: str) -> str:
    """Every column, PostgreSQL's full-text column aside."""
    return ", ".join((*QUOTE_COLUMNS, "speaker_id", "cluster_id", "wording")) if table == "quotes" else "*"


def dump(db: str) -> dict[str, list[tuple[Any, ...]]]:
    with open_store(db) as store:
        return {
            t: [tuple(r) for r in store.query(f"SELECT {columns(t)} FROM {t} ORDER BY {key}")]
            for t, key in TABLES.items()
        }


def write_table(spark: Any, path: str, table: str, data: list[tuple[Any, ...]]) -> None:
    """``data`` as the Parquet table ``table`` of the jobs (``tables.ddl``), at ``path``."""
    from quotegraph.spark.tables import ddl

    spark.createDataFrame(data, schema=ddl(table)).write.mode("overwrite").parquet(path)
