"""The spaCy model loads once per executor Python process, not once per task or record: Spark forks
each Python worker from quotegraph's daemon (``daemon.py``), which has loaded it already. A local
session's daemon is one the driver started before its JVM: Spark's workers fork from it, with
Spark's environment; a daemon Spark launches hands over to it only when it started as Spark starts
its own."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from quotegraph.spark.batches import READ, extract_sorted, spark_schema
from quotegraph.spark.daemon import STARTUP_ENV, WARM_ENV, start_warm

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
    secret = bool(os.environ.get("PYTHON_WORKER_FACTORY_SECRET"))  # one of Spark's variables
    for _ in batches:
        pass
    yield pa.RecordBatch.from_pylist(
        [{"pid": os.getpid(), "loaded": loaded, "parent": parent, "secret": secret}]
    )


WORKER = "pid LONG, loaded LONG, parent STRING, secret BOOLEAN"


def test_every_worker_starts_with_the_model_loaded(spark: Any) -> None:
    if not Path("/proc/self/cmdline").is_file():
        pytest.skip("no /proc: a worker's parent process cannot be read")
    frame = spark.range(8).repartition(8)
    seen = frame.mapInArrow(before_any_work, WORKER).collect()
    assert all(" -m quotegraph.spark.daemon " in r.parent for r in seen), {r.parent for r in seen}
    assert {r.loaded for r in seen} == {1}  # before the task ran any extraction
    # In a local session: the daemon was forked from the process that loaded the model while the
    # JVM started, and took on the environment Spark launched its daemon with.
    assert all("quotegraph.spark.daemon --warm" in r.parent for r in seen), {r.parent for r in seen}
    assert all(r.secret for r in seen)


def launched(path: str, **env: str) -> subprocess.Popen[bytes]:
    """The daemon as Spark launches it: its module, Spark's variables, the loaded daemon's socket."""
    given = {**os.environ, **STARTUP_ENV, WARM_ENV: path, **env}
    argv = [sys.executable, "-m", "quotegraph.spark.daemon", "pyspark.worker"]
    return subprocess.Popen(argv, env=given, stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def port(process: subprocess.Popen[bytes]) -> int:
    """What Spark reads first from its daemon: the port its workers are asked for on."""
    assert process.stdout is not None
    return int.from_bytes(process.stdout.read(4), "big")


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2 :].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.parametrize("seed, handed_over", [("0", True), ("1", False)])
def test_handed_over_only_with_the_startup_environment_spark_gives(seed: str, handed_over: bool) -> None:
    if not Path("/proc/self/stat").is_file():
        pytest.skip("no /proc: a process's children cannot be listed")
    warm = start_warm()
    spark_launched = launched(warm.path, PYTHONHASHSEED=seed)
    try:
        assert port(spark_launched) > 0  # a daemon answers either way
        # It was forked from the loaded process, or that one refused and the launched one serves.
        assert len(children(warm.process.pid)) == (1 if handed_over else 0)
        if handed_over:  # and the next daemon Spark launches is forked too
            second = launched(warm.path)
            assert port(second) > 0
            assert len(children(warm.process.pid)) == 2
            assert second.stdin is not None
            second.stdin.close()
            second.wait(60)
    finally:
        assert spark_launched.stdin is not None
        spark_launched.stdin.close()  # how Spark ends its daemon
        spark_launched.wait(60)
        warm.end()
        warm.process.wait(60)


def test_the_loaded_process_ends_with_its_driver() -> None:
    warm = start_warm()
    assert os.path.exists(warm.path)  # it listens before it has loaded anything
    time.sleep(1)
    warm.end()
    assert warm.process.wait(60) == 0
    assert not os.path.exists(os.path.dirname(warm.path))
