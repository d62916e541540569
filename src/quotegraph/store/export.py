"""Quotes with their source and resolved speaker, as JSON Lines, CSV or Parquet, streamed.

Statements at confidence 0.5 or more by default (``scope="all"`` for every kind at any confidence;
``min_confidence`` for another floor, 0 for every one), each with ``verbatim``: true for a direct
quote (the speaker's own words), false for an indirect or mixed one (a paraphrase).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from quotegraph.model import Scope
from quotegraph.store.base import Store
from quotegraph.store.queries import (
    DEFAULT_SCOPE,
    RECORD_COLUMNS,
    RECORD_FIELDS,
    RECORD_FROM,
    QuoteRecord,
    shown,
)

FORMATS = ("jsonl", "csv", "parquet")
FIELDS = RECORD_FIELDS


def export_records(
    store: Store, scope: Scope = DEFAULT_SCOPE, min_confidence: float | None = None
) -> Iterator[dict[str, Any]]:
    where, params = shown(scope, min_confidence)
    sql = f"SELECT {', '.join(RECORD_COLUMNS)} FROM {RECORD_FROM}"
    if where:
        sql += f" WHERE {' AND '.join(where)}"
    for row in store.iterate(f"{sql} ORDER BY q.id", params):
        yield QuoteRecord(*row).to_dict()


def export(
    store: Store, fmt: str, out: IO[bytes], scope: Scope = DEFAULT_SCOPE, min_confidence: float | None = None
) -> int:
    """Write the quotes of ``scope`` at or above ``min_confidence`` (``None``: the scope's default
    floor) to ``out`` in ``fmt``; returns how many were written."""
    records = export_records(store, scope, min_confidence)
    if fmt == "jsonl":
        return _jsonl(records, out)
    if fmt == "csv":
        return _csv(records, out)
    if fmt == "parquet":
        return _parquet(records, out)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _jsonl(records: Iterator[dict[str, Any]], out: IO[bytes]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n")
        n += 1
    return n


def _csv(records: Iterator[dict[str, Any]], out: IO[bytes]) -> int:
    import io

    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=FIELDS)
    writer.writeheader()
    n = 0
    for rec in records:
        writer.writerow(rec)
        n += 1
    text.flush()
    text.detach()
    return n


def _parquet(records: Iterator[dict[str, Any]], out: IO[bytes], batch: int = 50_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"start": pa.int64(), "end": pa.int64(), "confidence": pa.float64(), "verbatim": pa.bool_()}
    schema = pa.schema([(f, types.get(f, pa.string())) for f in FIELDS])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        rows: list[dict[str, Any]] = []
        for rec in records:
            rows.append(rec)
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n
