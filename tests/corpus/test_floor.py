"""The corpus commands, run as a user runs them (a subprocess), show what ``quotegraph extract`` shows:
statements at confidence 0.5 or more unless ``--min-confidence`` asks otherwise (0 shows every one);
``--scope all`` has no floor. Over a store written by hand, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from quotegraph.corpus import Corpus
from quotegraph.model import Article, Quote

SURE = "the pier will reopen in June"
UNSURE = "the sea wall may crack before the autumn"
BELIEF = "the tides will rise higher every year"


def quote(text: str, confidence: float, kind: str = "statement") -> Quote:
    return Quote(start=0, end=len(text), text=text, type="indirect", speaker="Yusuf Brennan",  # type: ignore[arg-type]
                 kind=kind, confidence=confidence, speaker_kind="person")  # type: ignore[arg-type]  # fmt: skip


@pytest.fixture
def db(db_url: str) -> str:
    with Corpus(db_url) as corpus:
        store = corpus.store
        with store.transaction():
            store.add_article("p1", Article("p-1", "...", outlet="Pier Post", published="2025-06-06"),
                              [quote(SURE, 0.8)], "p1.txt", "2025-06-06T00:00:00")  # fmt: skip
            store.add_article("p2", Article("p-2", "...", outlet="Harbour Herald", published="2025-06-07"),
                              [quote(UNSURE, 0.3), quote(BELIEF, 0.3, "belief")], "p2.txt",
                              "2025-06-07T00:00:00")  # fmt: skip
        corpus.resolve()
    return db_url


def run(db: str, *args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "quotegraph", *args, "--db", db], capture_output=True,
                          timeout=300, check=False)  # fmt: skip
    # search exits 1, saying so on stderr, when nothing matches
    no_match = proc.returncode == 1 and proc.stderr == b"no quotes match\n" and not proc.stdout
    assert proc.returncode == 0 or no_match, proc.stderr.decode()
    return proc.stdout.decode()


def found(db: str, *args: str) -> list[str]:
    return [json.loads(line)["text"] for line in run(db, "search", "--json", *args).splitlines()]


@pytest.mark.slow
def test_search_leaves_out_the_unsure_statement_unless_asked(db: str) -> None:
    assert found(db) == [SURE]
    assert found(db, "sea wall") == []
    assert found(db, "--min-confidence", "0") == [UNSURE, SURE]
    assert found(db, "sea wall", "--min-confidence", "0.3") == [UNSURE]
    assert found(db, "--scope", "all") == [UNSURE, BELIEF, SURE]
    assert found(db, "--scope", "all", "--min-confidence", "0.5") == [SURE]


@pytest.mark.slow
def test_speaker_counts_leave_out_the_unsure_statement(db: str) -> None:
    profile = json.loads(run(db, "speaker", "Brennan", "--json"))
    assert (profile["n_quotes"], profile["n_articles"], profile["outlets"]) == (1, 1, [["Pier Post", 1]])
    assert [q["text"] for q, _ in profile["top_quotes"]] == [SURE]
    assert "  1 statements in 1 articles;" in run(db, "speaker", "Brennan")
    every = json.loads(run(db, "speaker", "Brennan", "--scope", "all", "--json"))
    assert (every["n_quotes"], every["n_articles"]) == (3, 2)


@pytest.mark.slow
def test_export_leaves_out_the_unsure_statement_unless_asked(db: str) -> None:
    def exported(*args: str) -> list[str]:
        return sorted(r["text"] for r in csv.DictReader(io.StringIO(run(db, "export", "--format", "csv", *args))))

    assert exported() == [SURE]
    assert exported("--min-confidence", "0") == sorted([SURE, UNSURE])
    assert exported("--scope", "all") == sorted([SURE, UNSURE, BELIEF])


def test_help_says_the_default_floor() -> None:
    proc = subprocess.run([sys.executable, "-m", "quotegraph", "search", "--help"], capture_output=True,
                          timeout=300, check=True)  # fmt: skip
    assert "(default 0.5 for statements," in " ".join(proc.stdout.decode().split())
