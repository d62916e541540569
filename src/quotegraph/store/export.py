"""Every quote with its source and resolved speaker, as JSON Lines, CSV or Parquet, streamed."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from quotegraph.store.base import Store
from quotegraph.store.queries import RECORD_COLUMNS, RECORD_FROM, QuoteRecord

FORMATS = ("jsonl", "csv", "parquet")
FIELDS = tuple(QuoteRecord.__dataclass_fields__)


def export_records(store: Store) -> Iterator[dict[str, Any]]:
    sql = f"SELECT {', '.join(RECORD_COLUMNS)} FROM {RECORD_FROM} ORDER BY q.id"
    for row in store.iterate(sql):
        yield dict(zip(FIELDS, row, strict=True))


def export(store: Store, fmt: str, out: IO[bytes]) -> int:
    """Write every quote to ``out`` in ``fmt``; returns how many were written."""
    if fmt == "jsonl":
        return _jsonl(store, out)
    if fmt == "csv":
        return _csv(store, out)
    if fmt == "parquet":
        return _parquet(store, out)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _jsonl(store: Store, out: IO[bytes]) -> int:
    n = 0
    for rec in export_records(store):
        out.write(json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n")
        n += 1
    return n


def _csv(store: Store, out: IO[bytes]) -> int:
    import io

    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=FIELDS)
    writer.writeheader()
    n = 0
    for rec in export_records(store):
        writer.writerow(rec)
        n += 1
    text.flush()
    text.detach()
    return n


def _parquet(store: Store, out: IO[bytes], batch: int = 50_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"start": pa.int64(), "end": pa.int64(), "confidence": pa.float64()}
    schema = pa.schema([(f, types.get(f, pa.string())) for f in FIELDS])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        rows: list[dict[str, Any]] = []
        for rec in export_records(store):
            rows.append(rec)
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n
