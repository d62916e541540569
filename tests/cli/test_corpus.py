"""The corpus commands as a user meets them: each mistake gets a message and a non-zero exit."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from quotegraph.cli import main

HARBOUR = (
    "The town council voted on Tuesday to rebuild the old harbour wall before the winter storms. "
    '"We cannot wait another year for the sea to decide for us," Mayor Ingrid Solberg said after the vote. '
    "Work is expected to start in October."
)
READ_ONLY = (
    ["search", "sea"], ["errors"], ["speaker", "Solberg"], ["quote", "x-0"], ["export"], ["resolve"], ["serve"],
)  # fmt: skip


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("corpus")
    feed = root / "feed.jsonl"
    record = {"id": "harbour-1", "text": HARBOUR, "outlet": "Courier", "published": "2016-10-01"}
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = str(root / "corpus.db")
    assert main(["ingest", str(feed), "--db", db, "--no-progress"]) == 0
    return db


@pytest.mark.parametrize("argv", READ_ONLY, ids=[a[0] for a in READ_ONLY])
def test_a_command_reading_the_corpus_refuses_a_store_that_does_not_exist(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "typo.db"
    assert main([*argv, "--db", str(typo)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err
        == f"quotegraph: no corpus at {typo}: check --db (or $QUOTEGRAPH_DB), or create one with quotegraph ingest\n"
    )
    assert not typo.exists()


@pytest.mark.parametrize(
    "value, reason",
    [
        ("10/01/2016", "'10/01/2016' is ambiguous (day/month or month/day?): write the date as YYYY-MM-DD"),
        ("2016-13-45", "'2016-13-45' is not a date: month must be in 1..12"),
        ("2016-02-30", "'2016-02-30' is not a date: day is out of range for month"),
        ("last week", "'last week' is not a date: write it as YYYY-MM-DD"),
    ],
)
def test_search_dates_are_real_days(
    value: str, reason: str, corpus: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for option in ("--since", "--until"):
        with pytest.raises(SystemExit) as stop:
            main(["search", "--db", corpus, option, value])
        assert stop.value.code == 2
        assert f"argument {option}: {reason}" in capsys.readouterr().err


def test_search_by_date_and_no_match_said_on_stderr(corpus: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--db", corpus, "--json", "--since", "2016-10-01", "--until", "2016-10-01"]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["speaker"] for line in out.splitlines()] == ["Ingrid Solberg"]
    assert main(["search", "--db", corpus, "--json", "--since", "2016-10-02"]) == 1
    assert capsys.readouterr() == ("", "no quotes match\n")
    assert main(["search", "--db", corpus, "--since", "2016-10-02", "--until", "2016-10-01"]) == 2
    assert capsys.readouterr().err == "quotegraph: --since 2016-10-02 is after --until 2016-10-01\n"


def test_export_carries_the_article_id_mention_and_kinds(
    corpus: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--db", corpus]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (row["source_id"], row["speaker_mention"], row["kind"], row["speaker_kind"]) == (
        "harbour-1", "Mayor Ingrid Solberg", "statement", "person",
    )  # fmt: skip
    target = tmp_path / "out.csv"
    assert main(["export", "--db", corpus, "--format", "csv", "-o", str(target)]) == 0
    [csv_row] = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert {k: csv_row[k] for k in ("source_id", "speaker_mention", "kind", "speaker_kind")} == {
        "source_id": "harbour-1", "speaker_mention": "Mayor Ingrid Solberg", "kind": "statement",
        "speaker_kind": "person",
    }  # fmt: skip


def test_errors_says_when_there_are_none(corpus: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["errors", "--db", corpus]) == 0
    assert capsys.readouterr() == ("", "no errors: every input was read\n")


def test_load_refuses_a_missing_folder_before_making_a_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    assert main(["load", str(tmp_path / "no-such-run"), "--db", str(db)]) == 1
    assert capsys.readouterr().err.startswith(f"quotegraph: no such folder: {tmp_path / 'no-such-run'}")
    assert not db.exists()


def test_a_file_that_cannot_be_written_or_read_is_a_message(
    corpus: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no-such-folder" / "out.jsonl"
    assert main(["export", "--db", corpus, "-o", str(target)]) == 1
    assert capsys.readouterr().err == f"quotegraph: {target}: No such file or directory\n"
    assert main(["eval", str(tmp_path / "gold.jsonl")]) == 1
    assert capsys.readouterr().err == f"quotegraph: no such file or folder: {tmp_path / 'gold.jsonl'}\n"


def test_an_empty_postgres_database_is_no_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    import os

    url = os.environ.get("QUOTEGRAPH_TEST_PG")
    if not url:
        pytest.skip("QUOTEGRAPH_TEST_PG is not set")
    import psycopg

    from tests.conftest import fresh_postgres

    empty = fresh_postgres(url, "cli_empty")
    assert main(["search", "x", "--db", empty]) == 1
    assert "quotegraph: no corpus at" in capsys.readouterr().err
    with psycopg.connect(empty) as conn:
        assert conn.execute("SELECT to_regclass('quotes')").fetchone() == (None,)
