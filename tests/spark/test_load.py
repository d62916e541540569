"""``quotegraph load`` (``load.py``): the jobs' output gives the single-machine store, table for table,
in SQLite and PostgreSQL, with the jobs' resolution or the store's own; runs with no, some or only
errors; a wrong folder; the output of older extract jobs, written before quotes had a kind, read as
statements (what extraction kept then)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from quotegraph.cli import main
from quotegraph.corpus import Corpus
from quotegraph.spark.load import load_dir
from quotegraph.store import open_store
from quotegraph.store.base import ARTICLE_COLUMNS, QUOTE_COLUMNS
from tests.conftest import fresh_postgres

from .stores import TABLES, cli, dump

TEXT = '"Rates will fall," Ana Ruiz said.'


def test_every_table_equals_the_single_machine_store(run: dict[str, Any]) -> None:
    local, spark = dump(str(run["root"] / "local.db")), dump(str(run["root"] / "spark.db"))
    assert local["articles"] and local["quotes"] and local["speakers"] and local["clusters"]
    assert {t: len(r) for t, r in spark.items()} == {t: len(r) for t, r in local.items()}
    for table in TABLES:
        assert spark[table] == local[table], table


def test_load_into_postgresql_gives_the_sqlite_tables(run: dict[str, Any]) -> None:
    url = os.environ.get("QUOTEGRAPH_TEST_PG")
    if not url:
        pytest.skip("QUOTEGRAPH_TEST_PG is not set")
    db = fresh_postgres(url, "spark_load")
    with open_store(db) as store:
        assert load_dir(store, run["out"]).resolved_by == "spark"
    assert dump(db) == dump(str(run["root"] / "spark.db"))


def test_load_without_spark_resolution_resolves_in_the_store(run: dict[str, Any], tmp_path: Path) -> None:
    db = str(tmp_path / "local-resolve.db")
    assert cli("load", run["out"], "--db", db, "--resolve", "local") == 0
    assert dump(db)["speakers"] == dump(str(run["root"] / "local.db"))["speakers"]


def write(out: Path, table: str, columns: tuple[str, ...], row: tuple[object, ...]) -> None:
    folder = out / table / "date=2024-01-02" / "batch=old"
    folder.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist([dict(zip(columns, row, strict=True))]), folder / "part-0.parquet")


def test_quotes_without_kind_load_as_statements(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write(out, "articles", ARTICLE_COLUMNS, ("k1", "a1", "feed.jsonl:1", None, "Daily Planet", "2024-01-02",
                                            "2024-01-02T00:00:00", None, TEXT, 1))  # fmt: skip
    old = QUOTE_COLUMNS[: QUOTE_COLUMNS.index("kind")]
    write(out, "quotes", old, ("k1-0", "k1", 0, 1, 16, "Rates will fall", "direct", "Ana Ruiz", "Ana Ruiz", 19, 27,
                               None, "said", 28, 32, None, None, 0.9, "Daily Planet", "2024-01-02T00:00:00"))  # fmt: skip
    write(out, "errors", ("source", "reason"), ("feed.jsonl:2", "no text"))
    with open_store(str(tmp_path / "store.db")) as store:
        report = load_dir(store, str(out), resolve="local")
        assert (report.articles, report.quotes, report.errors, report.speakers) == (1, 1, 1, 1)
        assert store.query("SELECT id, kind, speaker_kind, group_id FROM quotes") == [
            ("k1-0", "statement", None, None)
        ]
        assert store.query("SELECT name, n_quotes, n_quotes_all FROM speakers") == [("Ana Ruiz", 1, 1)]


def test_missing_folder_is_an_error_and_creates_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "store.db"
    assert main(["load", str(tmp_path / "nowhere"), "--db", str(db)]) == 1
    assert f"no such folder: {tmp_path / 'nowhere'}" in capsys.readouterr().err
    (tmp_path / "notes").mkdir()
    assert main(["load", str(tmp_path / "notes"), "--db", str(db)]) == 1
    assert "not the output of `quotegraph spark extract`" in capsys.readouterr().err
    assert not db.exists()


GOOD = '{"id": "g1", "text": "\\"The ferry will run again on Monday,\\" said Marta Lind, the operator\'s director."}\n'
BAD = '{"id": "broken", "text": "half a line\n{"id": "notext"}\n'


@pytest.mark.parametrize(
    ("lines", "counts"),
    [(GOOD, (1, 1, 0)), (GOOD + BAD, (1, 1, 2)), (BAD, (0, 0, 2)), ("", (0, 0, 0))],
    ids=["no-errors", "some-errors", "only-errors", "empty"],
)
def test_load_of_an_extract_run_equals_ingest(
    spark: Any, tmp_path: Path, lines: str, counts: tuple[int, int, int]
) -> None:
    """A run whose errors table is empty, partly filled or all there is, or whose every table is
    empty, loads into the store that ``quotegraph ingest`` makes of the same file. An empty table
    is a folder without a file (Spark writes none for no rows), and with one article one of the two
    partitions is empty: the shape on which ``load`` once stopped after the articles, with
    ``ArrowInvalid: No match for FieldRef.Name(source)`` (a run without errors)."""
    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    feed.write_text(lines, encoding="utf-8")
    out, db = str(tmp_path / "out"), str(tmp_path / "spark.db")
    assert cli("spark", "extract", str(feed), "--out", out, "--partitions", "2") == 0
    assert cli("load", out, "--db", db) == 0
    with open_store(db) as store:
        found = store.counts()
    assert (found["articles"], found["quotes"], found["errors"]) == counts
    assert not list((tmp_path / "out" / "errors").rglob("*.parquet")) or counts[2]
    with Corpus(str(tmp_path / "local.db")) as corpus:
        corpus.ingest([feed])
    assert dump(db) == dump(str(tmp_path / "local.db"))
