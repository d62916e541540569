"""The jobs' Parquet tables (``tables.py``): one schema seen three ways (Spark DDL, pyarrow, the store's
tables it loads into) that agree, and the date partition of a timestamp."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.spark.tables import (
    COLUMNS,
    EXTRACT_TABLES,
    PARTITION_COLUMNS,
    arrow_schema,
    day,
    ddl,
    spark_type,
)
from quotegraph.store import open_store

STORE_MAKES = {
    "quotes": {"speaker_id", "cluster_id", "wording", "hidden"},
    "clusters": {"n_articles", "n_altered"},
}
"""Columns of the store's tables that ``load`` computes there, which the jobs' tables leave out."""


@pytest.mark.parametrize("table", sorted(COLUMNS))
def test_the_spark_ddl_and_the_arrow_schema_agree(table: str) -> None:
    partitioned = table in EXTRACT_TABLES
    schema = arrow_schema(table, partitioned=partitioned)
    assert ddl(table) == ", ".join(f"`{f.name}` {spark_type(f.type)}" for f in schema)
    if partitioned:
        assert schema.names[-2:] == list(PARTITION_COLUMNS)
    else:
        assert not set(schema.names) & set(PARTITION_COLUMNS)


def test_the_tables_load_fills_have_the_store_s_columns_in_its_order(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "store.db")) as store:
        shared = {t: [r[1] for r in store.query(f"PRAGMA table_info({t})")] for t in COLUMNS}
    shared = {t: found for t, found in shared.items() if found}  # the jobs' own tables aside
    assert set(shared) >= {"articles", "quotes", "errors", "speakers", "speaker_roles", "clusters"}
    for table, found in shared.items():
        kept = [c for c in found if c not in STORE_MAKES.get(table, ())]
        assert list(COLUMNS[table]) == kept, table


def test_types_follow_the_columns() -> None:
    types = dict(part.rsplit(" ", 1) for part in ddl("speaker_mentions").split(", "))
    assert types["`co_mentioned`"] == "ARRAY<STRING>" and types["`confidence`"] == "DOUBLE"
    assert types["`quote_id`"] == types["`date`"] == "STRING"
    assert dict(part.rsplit(" ", 1) for part in ddl("quotes").split(", "))["`start_pos`"] == "INT"


def test_the_date_partition_is_the_day_or_unknown() -> None:
    assert day("2024-05-02T23:30:00") == "2024-05-02"
    assert day(None) == day("") == "unknown"
