"""The extract job: input files -> articles -> quotes, written as Parquet partitioned by publication day.

A bad record never fails the job: reader errors, unusable texts and extraction failures all land in
the ``errors`` table with their reason. Articles met twice (same content hash) are extracted once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from quotegraph.spark.records import error_record, extract_partition, first_read, read_file
from quotegraph.spark.sources import InputFile, display_name, expand_inputs
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
    batch_size: int = 16,
    ner: bool | None = None,
) -> ExtractReport:
    from pyspark import StorageLevel

    sc = spark.sparkContext
    name = batch or default_batch(inputs)
    report = ExtractReport(name)
    files, input_errors = expand_inputs(spark, inputs)
    report.files = len(files)
    n_parts = partitions or max(2, sc.defaultParallelism * 3)

    listing = sc.parallelize([error_record(e.source, e.reason, name) for e in input_errors], 1)
    cached: list[Any] = []
    if files:
        by_uri = {f.uri: f for f in files}
        read = sc.binaryFiles(",".join(f.uri for f in files), minPartitions=min(len(files), n_parts)).flatMap(
            # A URI Spark spells differently from the listing still reads, ranked after the rest.
            lambda kv: read_file(
                by_uri.get(kv[0]) or InputFile(len(files), kv[0], display_name(kv[0])), kv[1], name
            )
        )
        read.persist(StorageLevel.MEMORY_AND_DISK)
        cached.append(read)
        read_errors = read.filter(lambda t: t[0] == "error").map(lambda t: t[1])
        reads = read.filter(lambda t: t[0] == "read").map(lambda t: (t[1][0], t[1]))
        unique = reads.reduceByKey(first_read, numPartitions=n_parts).values()
        report.duplicates = reads.count() - unique.count()
        extracted = unique.mapPartitions(lambda part: extract_partition(part, name, batch_size, ner))
        tagged = sc.union([listing, read_errors, extracted])
    else:
        tagged = listing
    tagged.persist(StorageLevel.MEMORY_AND_DISK)
    cached.append(tagged)
    counts = tagged.map(lambda t: t[0]).countByValue()
    report.articles = counts.get(ARTICLES, 0)
    report.quotes = counts.get(QUOTES, 0)
    report.mentions = counts.get(MENTIONS, 0)
    report.errors = counts.get(ERRORS, 0)
    for table in EXTRACT_TABLES:
        rows = tagged.filter(lambda t, table=table: t[0] == table).map(lambda t: t[1])
        frame = spark.createDataFrame(rows, schema=ddl(table))
        frame.write.mode("overwrite").partitionBy(*PARTITION_COLUMNS).parquet(table_path(out, table))
    for rdd in cached:
        rdd.unpersist()
    return report


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
