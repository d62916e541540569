"""The extract job (``extract_job.py``): every kind of attribution kept, bad records in the errors
table, a re-run replacing its own partitions only, and the batch named by its inputs."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from quotegraph.spark.extract_job import default_batch, resolved_path, run_extract, table_path
from quotegraph.spark.load import rows
from quotegraph.store.base import QUOTE_COLUMNS

from .articles import BELIEF
from .stores import dump


def test_every_kind_is_kept_and_speakers_count_statements(run: dict[str, Any]) -> None:
    """The quotes table holds the belief as the store does; the resolved speakers count it only in the
    every-kind columns, as the store's speakers table does."""
    kinds = {r[QUOTE_COLUMNS.index("text")]: r[QUOTE_COLUMNS.index("kind")] for b in rows(run["out"], "quotes") for r in b}
    assert kinds[BELIEF] == "belief" and "statement" in kinds.values()
    resolved = sorted(r for batch in rows(f"{run['out']}/resolved", "speakers", partitioned=False) for r in batch)
    local = dump(str(run["root"] / "local.db"))["speakers"]
    assert resolved == local
    okafor = next(r for r in resolved if r[1] == "Dana Okafor")
    assert okafor[6] == okafor[2] + 1  # n_quotes_all: her statements and the belief


def test_bad_records_land_in_the_errors_table(run: dict[str, Any]) -> None:
    errors = dict(r for batch in rows(run["out"], "errors") for r in batch)
    feed = str(run["inputs"] / "feed.jsonl")
    assert errors[f"{feed}:4"].startswith("malformed line")
    assert errors[f"{feed}:5"] == "no text"
    assert errors[f"{feed}:6"].startswith("not English")
    assert errors[str(run["inputs"] / "notes" / "latin.txt")].startswith("undecodable")


def test_rerun_replaces_its_partitions_and_keeps_other_batches(
    spark: Any, run: dict[str, Any], tmp_path: Path
) -> None:
    """On a copy of the shared run's output, which the other tests read as the jobs left it."""
    out = str(tmp_path / "out")
    shutil.copytree(run["out"], out)

    def count(table: str) -> int:
        return int(spark.read.parquet(f"{out}/{table}").count())

    before = {t: count(t) for t in ("articles", "quotes", "speaker_mentions", "errors")}
    again = run_extract(spark, [str(run["inputs"])], out, partitions=2)
    assert again.duplicates == 1
    assert {t: count(t) for t in before} == before
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "more.jsonl").write_text(
        '{"id": "x", "text": "No quotes here at all, just a day at the sea."}\n'
    )
    other = run_extract(spark, [str(extra)], out, batch="extra", partitions=2)
    assert (other.articles, other.quotes) == (1, 0)
    assert count("articles") == before["articles"] + 1
    assert count("quotes") == before["quotes"]
    batches = {r[0] for r in spark.read.parquet(f"{out}/articles").select("batch").collect()}
    assert batches == {again.batch, "extra"}


def test_the_same_inputs_in_any_order_are_the_same_batch() -> None:
    batch = default_batch(["in/feed.jsonl", "in/crawl.warc.gz"])
    assert batch == default_batch(["in/crawl.warc.gz", "in/feed.jsonl"])
    assert batch != default_batch(["in/feed.jsonl"])
    assert batch.startswith("b") and len(batch) == 11  # a partition value: no slash, no '='


def test_tables_live_under_the_output_folder_with_or_without_its_slash() -> None:
    assert table_path("s3a://bucket/out/", "quotes") == table_path("s3a://bucket/out", "quotes")
    assert table_path("s3a://bucket/out", "quotes") == "s3a://bucket/out/quotes"
    assert resolved_path("/tmp/out/", "speakers") == "/tmp/out/resolved/speakers"


def test_tables_after_the_articles_are_written_a_task_per_core(
    spark: Any, run: dict[str, Any], tmp_path: Path
) -> None:
    """Extraction runs in a task per partition, which writes the articles table; the other tables are
    written from the cached rows by a task per core (local[2]: two, so their files are parts 0 and
    1) and hold the same rows as the shared run's."""
    out = str(tmp_path / "out")
    run_extract(spark, [str(run["inputs"])], out, partitions=6)

    def parts(table: str) -> set[int]:
        return {int(f.name.split("-")[1]) for f in Path(out, table).rglob("*.parquet")}

    assert max(parts("articles")) >= 2
    for table in ("quotes", "speaker_mentions", "errors"):
        assert parts(table) <= {0, 1}
        assert sorted(r for b in rows(out, table) for r in b) == sorted(r for b in rows(run["out"], table) for r in b)
