"""Ingest (``corpus.ingesting``): every input kind with the real extractor; bad items are recorded
and the batch goes on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotegraph.cli import main as cli
from quotegraph.corpus import Corpus
from tests.corpus.corpus_articles import GERMAN, HARBOUR, ORCHARD, PAGE, WARC_PAGE, dump


def write_inputs(root: Path) -> Path:
    """One folder holding each input kind, good and bad."""
    (root / "txt").mkdir(parents=True)
    (root / "txt" / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (root / "txt" / "empty.txt").write_text("", encoding="utf-8")
    (root / "txt" / "latin.txt").write_bytes("Caf\xe9 owners said prices would rise.".encode("latin-1"))
    lines = [
        json.dumps({"id": "o1", "text": ORCHARD, "outlet": "Valley Voice", "published": "2024-05-04"}),
        '{"id": "broken", "text": "half a line',
        json.dumps({"id": "notext", "title": "No body"}),
        json.dumps({"id": "de", "text": GERMAN}),
        json.dumps({"id": "huge", "text": "word " * 200_001}),
    ]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "bridge.html").write_text(PAGE, encoding="utf-8")
    with (root / "crawl.warc.gz").open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        payload = io.BytesIO(WARC_PAGE.encode())
        record = writer.create_warc_record("https://voice.example/frost", "response", payload=payload,
                                           http_headers=headers)  # fmt: skip
        writer.write_record(record)
    return root


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_inputs(tmp_path_factory.mktemp("inputs"))


def test_every_kind_ingested_and_every_bad_item_recorded(inputs: Path, db_url: str) -> None:
    with Corpus(db_url) as corpus:
        report = corpus.ingest([inputs])
        assert (report.articles, report.known, report.errors) == (4, 0, 6)
        titles = corpus.store.query("SELECT source_id, outlet, published_at FROM articles ORDER BY source_id")
        errors = corpus.errors()
        solberg = corpus.search("sea", speaker="Solberg")
    assert titles == [
        ("harbour", None, None),
        ("https://courier.example/news/bridge", "The Lakeside Courier", "2024-05-03T00:00:00"),
        ("https://voice.example/frost", "Valley Voice", "2024-05-04T00:00:00"),
        ("o1", "Valley Voice", "2024-05-04T00:00:00"),
    ]
    by_source = {Path(source).name: reason for source, reason in errors}
    assert sorted(by_source) == ["empty.txt", "feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4", "feed.jsonl:5",
                                 "latin.txt"]  # fmt: skip
    assert by_source["feed.jsonl:2"].startswith("malformed line: ")
    assert by_source["feed.jsonl:3"] == "no text"
    assert by_source["latin.txt"] == "undecodable: neither UTF-8 nor UTF-16 with a BOM"
    assert by_source["feed.jsonl:4"].startswith("not English")
    assert by_source["feed.jsonl:5"].startswith("too large")
    assert by_source["empty.txt"].startswith("empty")
    assert [(q.speaker_name, q.text.rstrip(",")) for q in solberg] == [
        ("Ingrid Solberg", "We cannot wait another year for the sea to decide for us")
    ]


def test_ingesting_the_same_input_twice_changes_nothing(inputs: Path, db_url: str) -> None:
    with Corpus(db_url) as corpus:
        corpus.ingest([inputs])
        before = dump(corpus.store)
        again = corpus.ingest([inputs])
        assert (again.articles, again.known) == (0, 4)
        assert dump(corpus.store) == before


def test_cli_ingest_errors_search_speaker_quote_export(
    inputs: Path, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["ingest", str(inputs), "--db", db_url, "--no-progress"]) == 0
    summary = capsys.readouterr().out.splitlines()
    assert summary[0].startswith("ingested 4 articles (") and summary[0].endswith(
        "; 0 already in the corpus; 6 errors (see: quotegraph errors)"
    )
    assert cli(["errors", "--db", db_url]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 6
    assert cli(["search", "bridge", "--db", db_url, "--json"]) == 0
    [hit] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (hit["speaker_name"], hit["outlet"]) == ("Tomas Varga", "The Lakeside Courier")
    assert cli(["speaker", "Varga", "--why", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Tomas Varga  [sp-")
    assert "    Tomas Varga (1x): full name" in out
    assert "  role: city engineer (2024-05-03 to 2024-05-03, 1x)" in out
    assert cli(["quote", hit["id"], "--db", db_url]) == 0
    assert capsys.readouterr().out.startswith(
        f"cluster {hit['id']}: 1 report(s) in 1 article(s), 1 outlet(s), earliest first\n* {hit['id']}"
    )
    target = tmp_path / "quotes.parquet"
    assert cli(["export", "--format", "parquet", "-o", str(target), "--db", db_url]) == 0
    assert target.stat().st_size > 0
    assert cli(["speaker", "Nobody Atall", "--db", db_url]) == 1


def test_cli_ingest_without_resolving_then_resolve(
    inputs: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["ingest", str(inputs), "--db", db_url, "--no-progress", "--no-resolve"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert cli(["search", "bridge", "--db", db_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["speaker_id"] is None
    assert cli(["resolve", "--db", db_url]) == 0
    assert capsys.readouterr().out.startswith("resolved ")
    assert cli(["search", "bridge", "--db", db_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["speaker_name"] == "Tomas Varga"


def test_an_input_fixed_after_failing_loses_its_error(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "harbour.txt"
    path.write_bytes(HARBOUR.replace("sea", "s\xe9a").encode("latin-1"))
    with Corpus(db_url) as corpus:
        corpus.ingest([path])
        assert corpus.errors() == [(str(path), "undecodable: neither UTF-8 nor UTF-16 with a BOM")]
        path.write_text(HARBOUR, encoding="utf-8")
        assert corpus.ingest([path]).articles == 1
        assert corpus.errors() == []
