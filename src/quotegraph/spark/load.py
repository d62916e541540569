"""``quotegraph load DIR``: the Spark jobs' Parquet output into the SQLite or PostgreSQL store.

Reads with pyarrow alone (no Spark, no Java). Articles and quotes already in the store are kept
(same content hash, same ids), errors are updated. Speaker links and cluster labels come from
``DIR/resolved`` when the Spark jobs wrote it and it covers every quote in the store, else from the
store's own ``resolve_corpus``; the summary tables (speakers, aliases, roles, outlets, top quotes,
clusters) are then written by the store's own ``summarise``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from quotegraph.corpus.ingesting import write_rows
from quotegraph.resolve import Link, Resolution
from quotegraph.spark.adapters import apply_resolution
from quotegraph.spark.tables import (
    ARTICLES,
    COLUMNS,
    ERRORS,
    EXTRACT_TABLES,
    QUOTE_CLUSTERS,
    QUOTE_SPEAKERS,
    QUOTES,
    RESOLVED,
    SPEAKERS,
    arrow_schema,
)
from quotegraph.store import Store

BATCH_ROWS = 5_000


class LoadError(Exception):
    """``DIR`` is not something ``load`` can read; nothing was written."""


@dataclass
class LoadReport:
    articles: int = 0
    quotes: int = 0
    errors: int = 0
    speakers: int = 0
    clusters: int = 0
    resolved_by: str = ""


def _dataset(root: str, table: str, partitioned: bool = True) -> Any:
    import pyarrow as pa
    import pyarrow.dataset as ds

    path = f"{root.rstrip('/')}/{table}"
    schema = arrow_schema(table, partitioned)
    if not partitioned:
        return ds.dataset(path, schema=schema, format="parquet", exclude_invalid_files=True)
    parts = ds.partitioning(pa.schema([("date", pa.string()), ("batch", pa.string())]), flavor="hive")
    return ds.dataset(path, schema=schema, format="parquet", partitioning=parts, exclude_invalid_files=True)


def _info(root: str, table: str = "") -> Any:
    import pyarrow.fs as pafs

    fs, path = pafs.FileSystem.from_uri(_uri(f"{root.rstrip('/')}/{table}".rstrip("/")))
    return fs.get_file_info(path)


def _exists(root: str, table: str) -> bool:
    import pyarrow.fs as pafs

    return bool(_info(root, table).type == pafs.FileType.Directory)


def _uri(path: str) -> str:
    import os

    return path if "://" in path else "file://" + os.path.abspath(path)


def check_output(root: str) -> None:
    """Raise ``LoadError`` unless ``root`` is a folder the extract job wrote (some of its tables)."""
    import pyarrow.fs as pafs

    kind = _info(root).type
    if kind == pafs.FileType.NotFound:
        raise LoadError(f"no such folder: {root} (the --out folder of quotegraph spark extract)")
    if kind != pafs.FileType.Directory:
        raise LoadError(f"not a folder: {root} (the --out folder of quotegraph spark extract)")
    if not any(_exists(root, t) for t in EXTRACT_TABLES):
        names = ", ".join(f"{t}/" for t in EXTRACT_TABLES)
        raise LoadError(f"{root}: not the output of `quotegraph spark extract` (none of {names})")


MISSING = {"kind": "statement"}
"""What a column written by an older version of the jobs holds where it is absent (else null): the
extraction of those versions kept statements alone."""


def rows(root: str, table: str, partitioned: bool = True) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows in ``COLUMNS[table]`` order, a batch at a time; none if the table is absent."""
    if not _exists(_uri(root), table):
        return
    columns = list(COLUMNS[table])
    dataset = _dataset(_uri(root), table, partitioned)
    for batch in dataset.scanner(columns=columns, batch_size=BATCH_ROWS).to_batches():
        data = batch.to_pydict()
        for column, default in MISSING.items():
            if column in data:
                data[column] = [default if v is None else v for v in data[column]]
        yield list(zip(*(data[c] for c in columns), strict=True))


def load_dir(store: Store, root: str, resolve: str = "auto") -> LoadReport:
    """Load ``root``; ``resolve``: ``auto`` (Spark's when complete), ``spark``, ``local`` or ``none``.

    Raises ``LoadError`` (before writing anything) when ``root`` is not the extract job's output, or
    ``resolve="spark"`` finds no ``resolved/`` tables."""
    check_output(root)
    spark_resolved = all(_exists(root, f"{RESOLVED}/{t}") for t in (QUOTE_SPEAKERS, SPEAKERS, QUOTE_CLUSTERS))
    if resolve == "spark" and not spark_resolved:
        raise LoadError(f"{root}/{RESOLVED}: run `quotegraph spark resolve {root}` first")
    report = LoadReport()
    for batch in rows(root, ARTICLES):
        with store.transaction():
            write_rows(store, batch, [], [])
        report.articles += len(batch)
    quote_ids: list[str] = []
    for batch in rows(root, QUOTES):
        with store.transaction():
            write_rows(store, [], batch, [])
        quote_ids.extend(r[0] for r in batch)
        report.quotes += len(batch)
    for batch in rows(root, ERRORS):
        with store.transaction():
            write_rows(store, [], [], batch)
        report.errors += len(batch)

    if resolve == "none":
        report.resolved_by = "none"
        return report
    from quotegraph.corpus.resolving import load_quotes, resolve_corpus

    if spark_resolved and resolve in ("auto", "spark"):
        quotes = load_quotes(store)
        covered = set(quote_ids)
        if resolve == "spark" or all(q.id in covered for q in quotes):
            at = {q.id: i for i, q in enumerate(quotes)}
            resolution, labels = _resolution(f"{root.rstrip('/')}/{RESOLVED}", quotes, at)
            speaker_of = [
                resolution.links[q.id].speaker_id if q.id in resolution.links else None for q in quotes
            ]
            report.speakers, report.clusters = apply_resolution(store, quotes, speaker_of, labels, resolution)
            report.resolved_by = "spark"
            return report
    r = resolve_corpus(store)
    report.speakers, report.clusters, report.resolved_by = r.speakers, r.clusters, "local"
    return report


def _all(root: str, table: str) -> list[tuple[Any, ...]]:
    return [row for batch in rows(root, table, partitioned=False) for row in batch]


def _resolution(root: str, quotes: list[Any], at: dict[str, int]) -> tuple[Resolution, np.ndarray]:
    """The Spark jobs' links and cluster labels, as ``resolve_speakers`` and ``cluster_quotes`` give them."""
    links = {qid: Link(sid, alias, reason) for qid, sid, alias, reason in _all(root, QUOTE_SPEAKERS)}
    names = {row[0]: row[1] for row in _all(root, SPEAKERS)}
    labels = np.arange(len(quotes), dtype=np.int64)
    for qid, cid in _all(root, QUOTE_CLUSTERS):
        if qid in at and cid in at:
            labels[at[qid]] = at[cid]
    return Resolution(links, names), labels
