"""The extract job's three Python stages over Arrow record batches (``mapInArrow``), pyarrow only.

1. ``split_units``: input files, by rank -> units of reading (a whole file, or a WARC range of
   whole records).
2. ``read_units``: units -> one row per article read (or per unusable item, with its reason).
3. ``extract_sorted``: reads sorted by article key -> tagged rows of the four tables; the first read
   of a key (in the single-machine reading order) is extracted, later ones counted as duplicates.

Rows cross between the JVM and Python as Arrow columns, a batch at a time: nothing is pickled per
record, and no stage holds more than a batch (or one WARC range's index) in memory.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pyarrow as pa

from quotegraph.ingest import IngestError, article_key
from quotegraph.spark.records import ReadRecord, Tagged, error_record, extract_partition
from quotegraph.spark.sources import WHOLE, InputFile, is_warc, read_range, warc_ranges
from quotegraph.spark.tables import EXTRACT_TABLES, arrow_schema

DUPLICATE = "duplicate"
"""The tag of a later read of an article already read: no table, only counted."""
OUT_ROWS = 512
"""Tagged rows per output batch."""

UNIT = pa.schema(
    [
        ("rank", pa.int32()),
        ("uri", pa.string()),
        ("display", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
    ]
)
READ = pa.schema(
    [("key", pa.string()), ("rank", pa.int32()), ("part", pa.int64()), ("position", pa.int64()),
     ("source", pa.string()), ("id", pa.string()), ("text", pa.string()), ("url", pa.string()),
     ("outlet", pa.string()), ("published", pa.string()), ("title", pa.string()), ("reason", pa.string())]
)  # fmt: skip
"""An article read (``key`` set) or an item that could not be (``reason`` set): ``(rank, part,
position)`` orders reads as the single-machine tool meets them."""
ARTICLE_FIELDS = ("id", "text", "url", "outlet", "published", "title")
TAGGED = pa.schema(
    [("table", pa.string())]
    + [(t, pa.struct(list(arrow_schema(t, partitioned=True)))) for t in EXTRACT_TABLES]
)
"""One row of one of the extract tables: ``table`` names it, the struct column of that name holds it."""


def spark_schema(schema: pa.Schema) -> Any:
    """A pyarrow schema as the Spark ``StructType`` ``mapInArrow`` wants. Not a DDL string: the JVM
    would parse that with Spark's SQL parser, whose first use costs the driver some 0.2 CPU seconds
    that no other step of the extract job needs."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema)


def split_units(batches: Iterable[pa.RecordBatch], files: Sequence[InputFile]) -> Iterator[pa.RecordBatch]:
    """The units of the files whose ranks the batches hold (an ``id`` column, as ``spark.range``
    gives): a WARC file becomes ranges of whole records; any other file is one unit."""
    for batch in batches:
        for rank in batch.column("id").to_pylist():
            file = files[rank]
            bounds = warc_ranges(file) if is_warc(file.display) else iter([(0, WHOLE)])
            rows = [
                {"rank": file.rank, "uri": file.uri, "display": file.display, "start": start, "end": end}
                for start, end in bounds
            ]
            yield pa.RecordBatch.from_pylist(rows, schema=UNIT)


def read_units(batches: Iterable[pa.RecordBatch], out_rows: int = 64) -> Iterator[pa.RecordBatch]:
    """Every article and unusable item of each unit, ``out_rows`` at a time."""
    rows: list[dict[str, Any]] = []
    for batch in batches:
        for unit in batch.to_pylist():
            file = InputFile(unit["rank"], unit["uri"], unit["display"])
            for position, item in enumerate(read_range(file, unit["start"], unit["end"])):
                row: dict[str, Any] = {"rank": file.rank, "part": unit["start"], "position": position}
                if isinstance(item, IngestError):
                    row.update(source=item.source, reason=item.reason)
                else:
                    a = item.article
                    row.update(key=article_key(a), source=item.source)
                    row.update(
                        id=a.id, text=a.text, url=a.url, outlet=a.outlet, published=a.published, title=a.title
                    )
                rows.append(row)
                if len(rows) >= out_rows:
                    yield pa.RecordBatch.from_pylist(rows, schema=READ)
                    rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=READ)


def read_ranked(batches: Iterable[pa.RecordBatch], files: Sequence[InputFile]) -> Iterator[pa.RecordBatch]:
    """``split_units`` then ``read_units`` in one stage: for files of which none is a WARC file,
    each one unit."""
    return read_units(split_units(batches, files))


def extract_sorted(
    batches: Iterable[pa.RecordBatch], batch: str, batch_size: int = 16, ner: bool | None = None
) -> Iterator[pa.RecordBatch]:
    """Tagged rows of the reads of one partition, sorted by (key, rank, part, position)."""
    aside: deque[Tagged] = deque()

    def reads() -> Iterator[ReadRecord]:
        last = None
        for b in batches:
            for r in b.to_pylist():
                if r["key"] is None:
                    aside.append(error_record(r["source"], r["reason"], batch))
                elif r["key"] == last:
                    aside.append((DUPLICATE, ()))
                else:
                    last = r["key"]
                    fields = tuple(r[f] for f in ARTICLE_FIELDS)
                    yield r["key"], (r["rank"], r["part"], r["position"]), r["source"], fields

    out: list[dict[str, Any]] = []
    for tagged in extract_partition(reads(), batch, batch_size, ner):
        aside.append(tagged)
        while aside:
            out.append(_row(aside.popleft()))
        if len(out) >= OUT_ROWS:
            yield pa.RecordBatch.from_pylist(out, schema=TAGGED)
            out = []
    out.extend(_row(t) for t in aside)
    if out:
        yield pa.RecordBatch.from_pylist(out, schema=TAGGED)


def tagged_rows(tagged: Iterable[Tagged]) -> list[dict[str, Any]]:
    """Tagged records as ``TAGGED`` rows (for rows made on the driver)."""
    return [_row(t) for t in tagged]


def _row(tagged: Tagged) -> dict[str, Any]:
    table, row = tagged
    if table == DUPLICATE:
        return {"table": table}
    names = TAGGED.field(table).type
    return {"table": table, table: {f.name: v for f, v in zip(names, row, strict=True)}}
