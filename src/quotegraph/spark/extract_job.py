"""The extract job: input files -> articles -> quotes, written as Parquet partitioned by publication day.

DataFrames all the way, Python stages as ``mapInArrow`` (``batches``): files are split into units of
reading (a WARC file into ranges of whole records), units read into articles, articles spread over
``partitions`` tasks by content hash and sorted, so the first read of each (in the single-machine
order) is extracted and later copies are only counted. Each task extracts with its Python worker's
spaCy model, loaded once per worker (``load_nlp`` is cached; Spark reuses its Python workers).

A bad record never fails the job: reader errors, unusable texts and extraction failures all land in
the ``errors`` table with their reason.
"""

from __future__ import annotations

import functools
import hashlib
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from quotegraph.ingest import IngestError
from quotegraph.spark.batches import (
    DUPLICATE,
    READ,
    TAGGED,
    UNIT,
    extract_sorted,
    read_ranked,
    read_units,
    spark_schema,
    split_units,
    tagged_rows,
)
from quotegraph.spark.records import error_record
from quotegraph.spark.sources import InputFile, expand_inputs, is_warc
from quotegraph.spark.tables import (
    ARTICLES,
    ERRORS,
    EXTRACT_TABLES,
    MENTIONS,
    PARTITION_COLUMNS,
    QUOTES,
    RESOLVED,
    ddl,
)

BATCH_SIZE = 16
"""Articles per spaCy ``pipe`` batch in a task."""
ARROW_ROWS = 64
"""Articles per Arrow batch handed to a Python task: its memory is a batch of texts, not a partition."""


@dataclass
class ExtractReport:
    batch: str
    files: int = 0
    articles: int = 0
    quotes: int = 0
    mentions: int = 0
    errors: int = 0
    duplicates: int = 0


def default_batch(inputs: list[str]) -> str:
    """The same inputs give the same batch, so a re-run replaces its own output."""
    return "b" + hashlib.sha1("\n".join(sorted(inputs)).encode()).hexdigest()[:10]


def run_extract(
    spark: Any,
    inputs: list[str],
    out: str,
    *,
    batch: str | None = None,
    partitions: int | None = None,
    batch_size: int = BATCH_SIZE,
    ner: bool | None = None,
) -> ExtractReport:
    name = batch or default_batch(inputs)
    report = ExtractReport(name)
    files, input_errors = expand_inputs(spark, inputs)
    report.files = len(files)
    n_parts = partitions or max(2, spark.sparkContext.defaultParallelism * 3)
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(ARROW_ROWS))
    # Adaptive execution off for the cached plan and the writes: with it the cache's three
    # shuffles ran as three jobs one after another, and every write waited for the whole cache to
    # be built (a query stage of its own) instead of writing each partition once it is cached.
    adaptive = spark.conf.get("spark.sql.adaptive.enabled")
    spark.conf.set("spark.sql.adaptive.enabled", "false")
    try:
        tagged = _tagged(spark, files, input_errors, name, n_parts, batch_size, ner)
        _write_tables(spark, tagged, out, report)
    finally:
        spark.conf.set("spark.sql.adaptive.enabled", adaptive)
    tagged.unpersist()
    return report


def _tagged(
    spark: Any,
    files: list[InputFile],
    input_errors: list[IngestError],
    name: str,
    n_parts: int,
    batch_size: int,
    ner: bool | None,
) -> Any:
    """The cached frame of tagged rows: the input listing's errors, then every file's reads."""
    import pyarrow as pa
    from pyspark import StorageLevel

    frames = []
    if input_errors or not files:
        # Made on the driver from an Arrow table: no Python worker runs to build it.
        rows = tagged_rows(error_record(e.source, e.reason, name) for e in input_errors)
        frames.append(spark.createDataFrame(pa.Table.from_pylist(rows, TAGGED)))
    if files:
        # The files' ranks as a range the JVM makes itself, the list travelling with the task.
        ranks = spark.range(len(files), numPartitions=min(len(files), n_parts))
        if any(is_warc(f.display) for f in files):
            units = ranks.mapInArrow(functools.partial(split_units, files=files), spark_schema(UNIT))
            units = units.repartition(n_parts)  # a WARC file's ranges over every task
            reads = units.mapInArrow(read_units, spark_schema(READ))
        else:  # a file is one unit: read in the task its rank falls in, no stage to split
            reads = ranks.mapInArrow(functools.partial(read_ranked, files=files), spark_schema(READ))
        reads = reads.repartition(n_parts, "key").sortWithinPartitions("key", "rank", "part", "position")
        extract = functools.partial(extract_sorted, batch=name, batch_size=batch_size, ner=ner)
        frames.append(reads.mapInArrow(extract, spark_schema(TAGGED)))
    tagged = functools.reduce(lambda a, b: a.unionByName(b), frames)
    return tagged.persist(StorageLevel.MEMORY_AND_DISK)


def _write_tables(spark: Any, tagged: Any, out: str, report: ExtractReport) -> None:
    """The four tables, from the cached rows, with the report's counts."""
    from pyspark.sql import Observation
    from pyspark.sql import functions as F

    # The rows of each tag are counted as the articles table is written (observed metrics), not by
    # a job of their own.
    tags = (ARTICLES, QUOTES, MENTIONS, ERRORS, DUPLICATE)
    observed = Observation("counts")
    counted = tagged.observe(observed, *(F.count(F.when(F.col("table") == t, 1)).alias(t) for t in tags))
    # The articles write computes the cache, a task per partition; the other tables are written
    # once it is there (their tasks queue behind the extraction's), with a task per core, each
    # reading several cached partitions: fewer tasks and files at the end of the job.
    cached = tagged.coalesce(spark.sparkContext.defaultParallelism)

    def write(table: str) -> None:
        rows = (counted if table == ARTICLES else cached).filter(F.col("table") == table)
        rows = rows.select(f"{table}.*")
        rows.write.mode("overwrite").partitionBy(*PARTITION_COLUMNS).parquet(table_path(out, table))

    # The articles write is submitted first, so that its tasks (which compute the cache) come first
    # in the queue; the other three are planned while it runs, and written once the rows are cached.
    group = f"quotegraph-extract-{report.batch}-{time.monotonic_ns()}"

    def write_first() -> None:
        spark.sparkContext.setJobGroup(group, f"extract {report.batch}: {ARTICLES}")
        write(ARTICLES)

    tracker = spark.sparkContext.statusTracker()
    with ThreadPoolExecutor(len(EXTRACT_TABLES)) as pool:
        first = pool.submit(write_first)
        while not first.done() and not tracker.getJobIdsForGroup(group):
            time.sleep(0.01)
        rest = [pool.submit(write, table) for table in EXTRACT_TABLES if table != ARTICLES]
        for done in [first, *rest]:
            done.result()
    counts = observed.get
    report.articles = counts.get(ARTICLES, 0)
    report.quotes = counts.get(QUOTES, 0)
    report.mentions = counts.get(MENTIONS, 0)
    report.errors = counts.get(ERRORS, 0)
    report.duplicates = counts.get(DUPLICATE, 0)


def table_path(out: str, table: str) -> str:
    return f"{out.rstrip('/')}/{table}"


def resolved_path(out: str, table: str) -> str:
    return f"{out.rstrip('/')}/{RESOLVED}/{table}"


def write_resolved(spark: Any, tagged: Any, out: str, tables: tuple[str, ...]) -> None:
    """Whole-corpus tables: each run rewrites them entirely."""
    for table in tables:
        rows = tagged.filter(lambda t, table=table: t[0] == table).map(lambda t: t[1])
        frame = spark.createDataFrame(rows, schema=ddl(table))
        frame.coalesce(max(1, frame.rdd.getNumPartitions() // 8)).write.mode("overwrite").parquet(
            resolved_path(out, table)
        )
