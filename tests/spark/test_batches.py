"""The extract job's Python stages over Arrow batches (``batches.py``), run here without Spark: files
into units of reading, units into reads in the single-machine order, sorted reads into table rows,
each article extracted once and its later copies counted."""

from __future__ import annotations

import io
from pathlib import Path

import pyarrow as pa
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

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
)
from quotegraph.spark.sources import WHOLE, InputFile, warc_ranges

from .articles import write_warc

SAID = '"The ferry will run again on Monday," said Marta Lind, the operator\'s director.'


def units(rows: list[dict[str, object]]) -> list[pa.RecordBatch]:
    return [pa.RecordBatch.from_pylist(rows, schema=UNIT)]


def test_a_warc_file_is_split_into_its_ranges_and_any_other_file_is_one_unit(tmp_path: Path) -> None:
    warc, feed = tmp_path / "crawl.warc", tmp_path / "feed.jsonl"
    with warc.open("wb") as f:  # 17 images of 1 MB: more than one range of RANGE_BYTES (16 MB)
        writer = WARCWriter(f, gzip=False)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        for i in range(17):
            payload = io.BytesIO(b"\x89PNG" + bytes(1 << 20))
            writer.write_record(writer.create_warc_record(f"https://x.example/{i}.png", "response",
                                                          payload=payload, http_headers=image))  # fmt: skip
    feed.write_text("{}\n", encoding="utf-8")
    files = [InputFile(0, str(feed), str(feed)), InputFile(1, str(warc), str(warc))]
    ranks = [pa.RecordBatch.from_pylist([{"id": 0}, {"id": 1}])]
    out = [b.to_pylist() for b in split_units(ranks, files)]
    ranges = list(warc_ranges(InputFile(1, str(warc), str(warc))))
    assert len(ranges) == 2
    assert [[(u["rank"], u["start"], u["end"]) for u in batch] for batch in out] == [
        [(0, 0, WHOLE)],
        [(1, start, end) for start, end in ranges],
    ]


def test_reads_keep_the_reading_order_and_items_that_cannot_be_read_their_reason(tmp_path: Path) -> None:
    warc, feed = tmp_path / "crawl.warc", tmp_path / "feed.jsonl"
    write_warc(warc, 4, gzip=False)
    feed.write_text('{"id": "a", "text": "One."}\n{"id": "b"}\n{"id": "c", "text": "Two."}\n', encoding="utf-8")
    ranges = list(warc_ranges(InputFile(1, str(warc), str(warc)), target=1))
    assert len(ranges) > 2
    rows = [{"rank": 0, "uri": str(feed), "display": str(feed), "start": 0, "end": WHOLE}] + [
        {"rank": 1, "uri": str(warc), "display": str(warc), "start": start, "end": end} for start, end in ranges
    ]
    batches = list(read_units(units(rows), out_rows=2))
    assert all(b.schema == READ and b.num_rows <= 2 for b in batches)
    reads = [r for b in batches for r in b.to_pylist()]
    assert [(r["rank"], r["part"], r["position"]) for r in reads] == sorted(
        (r["rank"], r["part"], r["position"]) for r in reads
    )
    assert [(r["id"], r["reason"]) for r in reads[:3]] == [("a", None), (None, "no text"), ("c", None)]
    assert all((r["key"] is None) == (r["reason"] is not None) for r in reads)
    pages = [r for r in reads if r["rank"] == 1]
    assert len(pages) == 3 and all(r["url"].startswith("https://post.example/") for r in pages)  # the image left out


def test_files_read_by_rank_are_read_as_their_whole_file_units(tmp_path: Path) -> None:
    """The stage that reads files none of which is WARC, straight from their ranks."""
    feed, note = tmp_path / "feed.jsonl", tmp_path / "note.txt"
    feed.write_text('{"id": "a", "text": "One."}\n{"id": "b"}\n', encoding="utf-8")
    note.write_text("Two.", encoding="utf-8")
    files = [InputFile(0, str(feed), str(feed)), InputFile(1, str(note), str(note))]
    ranks = [pa.RecordBatch.from_pylist([{"id": 1}]), pa.RecordBatch.from_pylist([{"id": 0}])]
    whole = [{"rank": f.rank, "uri": f.uri, "display": f.display, "start": 0, "end": WHOLE} for f in files[::-1]]
    got = [r for b in read_ranked(ranks, files) for r in b.to_pylist()]
    assert got == [r for b in read_units(units(whole)) for r in b.to_pylist()]
    assert [(r["rank"], r["id"], r["reason"]) for r in got] == [(1, "note", None), (0, "a", None), (0, None, "no text")]


def read(key: str | None, position: int, text: str | None = SAID, reason: str | None = None) -> dict[str, object]:
    return {"key": key, "rank": 0, "part": 0, "position": position, "source": f"feed.jsonl:{position + 1}",
            "id": f"a{position}", "text": text, "reason": reason}  # fmt: skip


def test_the_first_read_of_an_article_is_extracted_and_its_copies_only_counted() -> None:
    reads = [read(None, 0, None, "no text"), read("k1", 1), read("k1", 2), read("k2", 3, "No quotes here.")]
    out = [r for b in extract_sorted([pa.RecordBatch.from_pylist(reads, schema=READ)], batch="b1") for r in b.to_pylist()]
    assert all(set(r) == set(TAGGED.names) for r in out)
    tables = [r["table"] for r in out]
    assert sorted(tables) == ["articles", "articles", DUPLICATE, "errors", "quotes", "speaker_mentions"]
    articles = {r["articles"]["key"]: r["articles"] for r in out if r["table"] == "articles"}
    assert (articles["k1"]["source"], articles["k1"]["n_quotes"], articles["k2"]["n_quotes"]) == ("feed.jsonl:2", 1, 0)
    [error] = [r["errors"] for r in out if r["table"] == "errors"]
    assert error == {"source": "feed.jsonl:1", "reason": "no text", "date": "unknown", "batch": "b1"}
    [quote] = [r["quotes"] for r in out if r["table"] == "quotes"]
    assert (quote["id"], quote["speaker"]) == ("k1-0", "Marta Lind")


def test_spark_schemas_name_every_field_and_nest_structs() -> None:
    schema = pa.schema([("table", pa.string()), ("row", pa.struct([("n", pa.int32()), ("tags", pa.list_(pa.string()))]))])
    assert spark_schema(schema).simpleString() == "struct<table:string,row:struct<n:int,tags:array<string>>>"
