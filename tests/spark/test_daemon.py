"""The spaCy model loads once per executor Python process, not once per task or record: Spark forks
each Python worker from quotegraph's daemon (``daemon.py``), which has loaded it already."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from quotegraph.spark.batches import READ, extract_sorted, spark_schema

TEXT = '"The bridge will reopen on Friday," said Nora Vik, the city engineer. She said the repairs went well.'


def extract_and_report(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    from quotegraph.extract import load_nlp

    tables = [t for b in extract_sorted(batches, batch="b") for t in b.column("table").to_pylist()]
    row = {"pid": os.getpid(), "loads": load_nlp.cache_info().misses, "quotes": tables.count("quotes")}
    yield pa.RecordBatch.from_pylist([row])


def test_model_loaded_once_per_worker(spark: Any) -> None:
    reads = [
        (f"key{i}", 0, 0, i, f"feed.jsonl:{i + 1}", f"a{i}", TEXT, None, None, "2024-05-01", None, None)
        for i in range(8)
    ]
    frame = spark.createDataFrame(reads, schema=spark_schema(READ)).repartition(8, "key")
    seen = frame.mapInArrow(extract_and_report, "pid LONG, loads LONG, quotes LONG").collect()
    assert sum(r.quotes for r in seen) >= 8  # every task extracted its article
    assert len({r.pid for r in seen}) < len(seen)  # reused Python workers ran several tasks each
    assert {r.loads for r in seen} == {1}  # and each worker loaded the model once


def before_any_work(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """What a task finds as it starts: the models in memory, and the process its worker forked from."""
    from quotegraph.extract import load_nlp

    loaded = load_nlp.cache_info().currsize
    parent = Path(f"/proc/{os.getppid()}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    for _ in batches:
        pass
    yield pa.RecordBatch.from_pylist([{"pid": os.getpid(), "loaded": loaded, "parent": parent}])


def test_every_worker_starts_with_the_model_loaded(spark: Any) -> None:
    if not Path("/proc/self/cmdline").is_file():
        pytest.skip("no /proc: a worker's parent process cannot be read")
    frame = spark.range(8).repartition(8)
    seen = frame.mapInArrow(before_any_work, "pid LONG, loaded LONG, parent STRING").collect()
    assert all(" -m quotegraph.spark.daemon " in r.parent for r in seen), {r.parent for r in seen}
    assert {r.loaded for r in seen} == {1}  # before the task ran any extraction
