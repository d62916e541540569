"""The spaCy model loads once per executor Python process, not once per task or record."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from quotegraph.spark.records import ReadRecord, extract_partition

TEXT = '"The bridge will reopen on Friday," said Nora Vik, the city engineer. She said the repairs went well.'


def extract_and_report(records: Iterable[ReadRecord]) -> Iterator[tuple[int, int, int]]:
    from quotegraph.extract import load_nlp

    rows = list(extract_partition(records, batch="b"))
    yield os.getpid(), load_nlp.cache_info().misses, sum(1 for table, _ in rows if table == "quotes")


def test_model_loaded_once_per_worker(spark: Any) -> None:
    records = [
        (f"key{i}", (0, i), f"feed.jsonl:{i + 1}", (f"a{i}", TEXT, None, None, "2024-05-01", None))
        for i in range(8)
    ]
    seen = spark.sparkContext.parallelize(records, 8).mapPartitions(extract_and_report).collect()
    assert sum(n for _, _, n in seen) >= 8  # every task extracted its article
    assert len({pid for pid, _, _ in seen}) < len(seen)  # reused Python workers ran several tasks each
    assert {loads for _, loads, _ in seen} == {1}  # and each worker loaded the model once
