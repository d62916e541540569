"""Ingest keeps every kind of attribution the real extractor finds; searches, speakers, clusters and
exports show statements unless asked for every kind, and only direct quotes in quotation marks."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from quotegraph.cli import main as cli
from quotegraph.corpus import Corpus
from tests.corpus.corpus_articles import BRIDGE

BELIEF = "the supports can be repaired within a month"
TEXT = f"{BRIDGE} Varga believes {BELIEF}."


@pytest.fixture
def ingested(tmp_path: Path, db_url: str) -> str:
    path = tmp_path / "bridge.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert cli(["ingest", str(path), "--db", db_url, "--no-progress"]) == 0
    return db_url


def test_the_store_keeps_every_kind_and_shows_statements(ingested: str) -> None:
    with Corpus(ingested) as corpus:
        kinds = dict(corpus.store.query("SELECT text, kind FROM quotes"))
        assert kinds[BELIEF] == "belief"
        assert "statement" in kinds.values()
        assert {r.kind for r in corpus.search("")} == {"statement"}
        assert BELIEF in [r.text for r in corpus.search("repaired", scope="all")]
        assert corpus.search("repaired") == []
        statements = corpus.speaker("Varga")
        every = corpus.speaker("Varga", scope="all")
        assert statements is not None and every is not None
        assert (statements.name, statements.n_quotes, every.n_quotes) == ("Tomas Varga", 1, 2)


def test_cli_marks_paraphrase_and_kinds(ingested: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert cli(["search", "--db", ingested]) == 0
    shown = capsys.readouterr().out
    assert "Tomas Varga: \u201cNobody will cross this bridge" in shown and BELIEF not in shown
    assert cli(["search", "--db", ingested, "--scope", "all"]) == 0
    every = capsys.readouterr().out
    assert f"Tomas Varga (belief, paraphrase): {BELIEF}\n" in every  # no quotation marks
    assert "Tomas Varga (statement): \u201cNobody will cross this bridge" in every
    assert cli(["speaker", "Varga", "--db", ingested]) == 0
    assert "  1 statements in 1 articles;" in capsys.readouterr().out
    assert cli(["speaker", "Varga", "--db", ingested, "--scope", "all"]) == 0
    assert "  2 quotes in 1 articles;" in capsys.readouterr().out
    assert cli(["speaker", "Varga", "--db", ingested, "--scope", "all", "--json"]) == 0
    profile = json.loads(capsys.readouterr().out)
    assert profile["scope"] == "all" and profile["n_quotes"] == 2
    assert {(q["kind"], q["verbatim"]) for q, _ in profile["top_quotes"]} == {("statement", True), ("belief", False)}
    belief_id = next(q["id"] for q, _ in profile["top_quotes"] if q["kind"] == "belief")
    assert cli(["quote", belief_id, "--db", ingested, "--json"]) == 0
    [shown] = json.loads(capsys.readouterr().out)["quotes"]
    assert (shown["text"], shown["verbatim"]) == (BELIEF, False)
    assert cli(["quote", belief_id, "--db", ingested]) == 0
    assert capsys.readouterr().out.endswith(f"Tomas Varga (belief, paraphrase): {BELIEF}  (earliest source)\n")


def test_cli_search_and_export_by_confidence(ingested: str, capsys: pytest.CaptureFixture[str]) -> None:
    with Corpus(ingested) as corpus:
        confidence = dict(corpus.store.query("SELECT id, confidence FROM quotes"))
    floor = sorted(confidence.values())[len(confidence) // 2]
    surer = sorted(i for i, c in confidence.items() if c >= floor)
    assert 0 < len(surer) < len(confidence)
    capsys.readouterr()
    assert cli(["search", "--db", ingested, "--scope", "all", "--min-confidence", str(floor), "--json"]) == 0
    assert sorted(line.split('"id": "')[1].split('"')[0] for line in capsys.readouterr().out.splitlines()) == surer
    with pytest.raises(SystemExit):
        cli(["search", "--db", ingested, "--min-confidence", "1.5"])
    out = io.BytesIO()
    with Corpus(ingested) as corpus:
        n = corpus.export("csv", out, scope="all", min_confidence=floor)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode())))
    assert n == len(surer) and sorted(r["id"] for r in rows) == surer


def test_cli_export_every_kind_with_verbatim(
    ingested: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "quotes.csv"
    assert cli(["export", "--format", "csv", "-o", str(target), "--db", ingested]) == 0
    assert {r["kind"] for r in csv.DictReader(target.open(encoding="utf-8"))} == {"statement"}
    assert cli(["export", "--format", "csv", "-o", str(target), "--db", ingested, "--scope", "all"]) == 0
    assert capsys.readouterr().err.startswith("exported ")
    rows = {r["text"]: r for r in csv.DictReader(target.open(encoding="utf-8"))}
    assert (rows[BELIEF]["kind"], rows[BELIEF]["type"], rows[BELIEF]["verbatim"]) == ("belief", "indirect", "False")
    direct = next(r for r in rows.values() if r["type"] == "direct")
    assert (direct["verbatim"], direct["speaker_kind"]) == ("True", "person")
