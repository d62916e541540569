"""Speaker identity as a Spark job: ``resolve_speakers`` applied to one surname group per task.

``resolve_speakers`` links every mention within its surname group and nothing across groups (people
ids are built from the surname), so running it per group gives the whole-corpus answer exactly. The
article context it weighs (names mentioned alongside) was fixed per article at extraction time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from quotegraph.corpus.summaries import summarise
from quotegraph.resolve import Mention, resolve_speakers
from quotegraph.spark.records import Tagged, quote_facts
from quotegraph.spark.tables import (
    MENTION_COLUMNS,
    MENTIONS,
    QUOTE_SPEAKERS,
    QUOTES,
    SPEAKER_ALIASES,
    SPEAKER_OUTLETS,
    SPEAKER_ROLES,
    SPEAKERS,
)

IDENTITY_TABLES = (QUOTE_SPEAKERS, SPEAKERS, SPEAKER_ALIASES, SPEAKER_ROLES, SPEAKER_OUTLETS)


@dataclass
class IdentityReport:
    mentions: int = 0
    speakers: int = 0


def resolve_group(rows: Iterable[dict[str, Any]]) -> Iterator[Tagged]:
    """Links, speakers, aliases, roles and outlets of one surname group (speaker_mentions rows).

    The summaries come from ``corpus.summaries.summarise``, whose speaker tables depend on a
    speaker's own quotes only (top quotes, which need clusters, are left to ``load``)."""
    ordered = sorted(rows, key=lambda r: r["quote_id"])
    resolution = resolve_speakers(
        Mention(
            r["quote_id"],
            r["article_key"],
            r["speaker"],
            r["role"],
            r["outlet"],
            r["published_at"],
            frozenset(r["co_mentioned"] or ()),
        )  # fmt: skip
        for r in ordered
    )
    facts = [quote_facts({**r, "id": r["quote_id"]}) for r in ordered]
    speaker_of = [resolution.links[f.id].speaker_id if f.id in resolution.links else None for f in facts]
    tables = summarise(facts, speaker_of, np.arange(len(facts)), resolution)
    for f in facts:
        link = resolution.links.get(f.id)
        if link is not None:
            yield QUOTE_SPEAKERS, (f.id, link.speaker_id, link.alias, link.reason)
    yield from ((SPEAKERS, row) for row in tables.speakers)
    yield from ((SPEAKER_ALIASES, row) for row in tables.aliases)
    yield from ((SPEAKER_ROLES, row) for row in tables.roles)
    yield from ((SPEAKER_OUTLETS, row) for row in tables.outlets)


def with_confidence(spark: Any, mentions: Any, quotes_path: str) -> Any:
    """``mentions`` with every row's confidence: mentions written before they carried it (an older
    extract job's batches) take it from the quotes table, which always has. Checking costs a scan
    of one column (Parquet keeps its null counts); the join happens only for such old output."""
    from pyspark.sql import functions as F

    has = "confidence" in mentions.columns
    if has and mentions.filter(F.col("confidence").isNull()).limit(1).count() == 0:
        return mentions
    quotes = spark.read.option("mergeSchema", "true").parquet(quotes_path)
    known = quotes.select(F.col("id").alias("quote_id"), F.col("confidence").alias("quote_confidence"))
    joined = mentions.join(known.dropDuplicates(["quote_id"]), "quote_id", "left")
    own = F.col("confidence") if has else F.lit(None)
    confidence = F.coalesce(own, F.col("quote_confidence"))
    return joined.withColumn("confidence", confidence).drop("quote_confidence")


def run_identity(spark: Any, out: str, partitions: int | None = None) -> IdentityReport:
    from pyspark import StorageLevel

    from quotegraph.spark.extract_job import table_path, write_resolved

    columns = [c for c in MENTION_COLUMNS if c != "surname_key"]
    frame = spark.read.option("mergeSchema", "true").parquet(table_path(out, MENTIONS))
    frame = with_confidence(spark, frame, table_path(out, QUOTES)).dropDuplicates(["quote_id"])
    groups = frame.select("surname_key", *columns).rdd.map(
        lambda r: (r[0], dict(zip(columns, r[1:], strict=True)))
    )
    n_parts = partitions or max(2, spark.sparkContext.defaultParallelism * 2)
    tagged = groups.groupByKey(numPartitions=n_parts).flatMap(lambda kv: resolve_group(kv[1]))
    tagged.persist(StorageLevel.MEMORY_AND_DISK)
    counts = tagged.map(lambda t: t[0]).countByValue()
    write_resolved(spark, tagged, out, IDENTITY_TABLES)
    tagged.unpersist()
    return IdentityReport(counts.get(QUOTE_SPEAKERS, 0), counts.get(SPEAKERS, 0))
