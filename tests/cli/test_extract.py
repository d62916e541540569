"""The command line as a user runs it: a real subprocess, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotegraph.cli import main
from tests.conftest import ROOT
from tests.hostile import DEEP, SAID

GOOD = "“We will rebuild the bridge,” Mayor Ana Lopez said on Monday."


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "quotegraph", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
    )


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode().splitlines() if line.strip()]


def test_jsonl_batch_with_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_bytes(
        b"\n".join(
            [
                json.dumps({"id": "a", "text": GOOD, "url": "ignored"}).encode(),
                b"{not json at all",
                json.dumps({"id": "no-text", "title": "only a title"}).encode(),
                json.dumps(
                    {"id": "de", "text": "Die Brücke wird im nächsten Jahr wieder aufgebaut, sagte sie."}
                ).encode(),
                b'{"id": "latin1", "text": "caf\xe9"}',
                json.dumps({"id": "b", "text": GOOD}).encode(),
            ]
        )
    )
    assert main(["extract", str(batch)]) == 0
    out = lines(capsys.readouterr().out.encode())
    # An item that cannot be read is named by its source, as ingest names it.
    assert [o["id"] for o in out] == ["a", f"{batch}:2", f"{batch}:3", "de", f"{batch}:5", "b"]
    assert [bool(o.get("error")) for o in out] == [False, True, True, True, True, False]
    assert out[1]["error"].startswith("malformed line")
    assert out[2]["error"] == "no text"
    assert out[3]["error"].startswith("not English")
    assert out[0]["quotes"] == out[5]["quotes"]
    q = out[0]["quotes"][0]
    assert (q["text"], q["speaker"], q["cue"], q["type"]) == (
        "We will rebuild the bridge,",
        "Ana Lopez",
        "said",
        "direct",
    )
    assert GOOD[q["start"] : q["end"]] == q["text"]


@pytest.mark.slow
def test_txt_files_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "story-1.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    proc = run(
        "extract", str(tmp_path / "story-1.txt"), str(tmp_path / "binary.txt"), str(tmp_path / "empty.txt")
    )
    assert proc.returncode == 0, proc.stderr.decode()
    out = lines(proc.stdout)
    assert [o["id"] for o in out] == ["story-1", str(tmp_path / "binary.txt"), "empty"]
    assert len(out[0]["quotes"]) == 1
    assert out[1]["error"].startswith("undecodable")
    assert out[2]["error"].startswith("empty")
    piped = run("extract", "-", stdin=json.dumps({"id": "s", "text": GOOD}).encode())
    assert lines(piped.stdout)[0]["quotes"] == out[0]["quotes"]


@pytest.mark.slow
def test_pretty_marks_each_speaker() -> None:
    proc = run("extract", "--pretty", str(ROOT / "examples" / "harbour.txt"))
    text = proc.stdout.decode()
    assert proc.returncode == 0
    assert "Dana Whitlock" in text and "Ravi Menon" in text and "[1:" in text


@pytest.mark.slow
def test_eval_prints_the_referee_figures(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "g",
                "text": GOOD,
                "quotes": [{"start": 1, "end": 27, "type": "direct", "speaker": "Ana Lopez"}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    proc = run("eval", str(gold))
    assert proc.returncode == 0, proc.stderr.decode()
    assert "attributed  P 1.000  R 1.000  F1 1.000" in proc.stdout.decode()
    assert "recall by type direct 1.000" in proc.stdout.decode()


@pytest.mark.slow
def test_extract_scope_and_confidence_flags(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Mayor Ana Ruiz said the bridge would reopen in May. She believes the tolls are too high.\n",
        encoding="utf-8",
    )

    def kinds(*flags: str) -> list[str]:
        out = subprocess.run(
            [sys.executable, "-m", "quotegraph", "extract", *flags, str(article)],
            capture_output=True,
            check=True,
            timeout=300,
        ).stdout
        return [q["kind"] for q in json.loads(out)["quotes"]]

    assert kinds() == ["statement"]
    assert kinds("--scope", "all") == ["statement", "belief"]
    assert kinds("--scope", "all", "--min-confidence", "1") == []
    bad = subprocess.run(
        [sys.executable, "-m", "quotegraph", "extract", "--min-confidence", "2", str(article)],
        capture_output=True,
        timeout=300,
    )
    assert bad.returncode == 2 and b"between 0 and 1" in bad.stderr


def test_a_missing_input_is_an_error_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "story-1.txt").write_text(GOOD, encoding="utf-8")
    for command in ("extract", "ingest"):
        proc = run(
            command,
            str(tmp_path / "story-1.txt"),
            str(tmp_path / "missing.txt"),
            "--db" if command == "ingest" else "--pretty",
            *([str(tmp_path / "c.db")] if command == "ingest" else []),
        )
        assert proc.returncode == 1, command
        assert (
            proc.stderr.decode().strip() == f"quotegraph: no such file or folder: {tmp_path / 'missing.txt'}"
        )
        assert proc.stdout == b""
    assert not (tmp_path / "c.db").exists()


PAGE = """<html><head><title>Harbour plan approved</title></head><body><article>
<p>The town council voted on Tuesday to rebuild the old harbour wall before the winter storms.</p>
<p>"We cannot wait another year for the sea to decide for us," said Mayor Ingrid Solberg after the vote.</p>
</article></body></html>"""


def test_html_goes_through_the_ingest_reader_and_unknown_types_are_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "story.txt").write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(tmp_path / "page.html"), str(tmp_path / "notes.pdf"), str(folder)]) == 0
    out = lines(capsys.readouterr().out.encode())
    assert [o["id"] for o in out] == ["page", str(tmp_path / "notes.pdf"), str(folder / "scan.pdf"), "story"]
    [quote] = out[0]["quotes"]
    assert (quote["speaker"], quote["text"]) == (
        "Ingrid Solberg",
        "We cannot wait another year for the sea to decide for us,",
    )
    assert out[1]["error"] == out[2]["error"] == "unsupported file type"
    assert len(out[3]["quotes"]) == 1


def test_version_and_help_on_every_argument() -> None:
    from quotegraph.cli import build_parser

    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.decode().startswith("quotegraph 0.")
    undocumented = []
    parsers = [build_parser()]
    while parsers:
        parser = parsers.pop()
        for action in parser._actions:
            if action.choices and isinstance(action.choices, dict):
                parsers.extend(action.choices.values())
            elif not action.help:
                undocumented.append(f"{parser.prog} {'/'.join(action.option_strings) or action.dest}")
    assert undocumented == []


@pytest.mark.slow
def test_no_color_is_honoured(tmp_path: Path) -> None:
    import pty

    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")

    def on_a_terminal(env: dict[str, str]) -> bytes:
        leader, follower = pty.openpty()
        proc = subprocess.run(
            [sys.executable, "-m", "quotegraph", "extract", "--pretty", str(article)],
            stdout=follower, stderr=subprocess.DEVNULL, env=env, timeout=300, check=True,
        )  # fmt: skip
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        assert proc.returncode == 0
        return b"".join(chunks)

    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    assert b"\x1b[" in on_a_terminal(env)
    plain = on_a_terminal(env | {"NO_COLOR": "1"})
    assert b"\x1b[" not in plain and b"[1:" in plain


def test_ner_reaches_extraction_as_an_argument_not_through_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from quotegraph.extract import api

    monkeypatch.delenv("QUOTEGRAPH_NER", raising=False)
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    asked: list[bool] = []
    real = api._nlp

    def recording(ner: bool):  # type: ignore[no-untyped-def]
        asked.append(ner)
        return real(ner)

    monkeypatch.setattr(api, "_nlp", recording)
    assert main(["extract", "--ner", str(article)]) == 0
    assert json.loads(capsys.readouterr().out)["quotes"][0]["speaker"] == "Ana Lopez"
    assert "QUOTEGRAPH_NER" not in os.environ
    assert asked and all(asked)


def test_extract_writes_utf8_and_error_records_whatever_the_locale(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(
        b'{"id": "s\\udc80", "text": "' + SAID.encode() + b'"}\n' + DEEP + b'\n{"id": "d\xc3\xa9j\xc3\xa0", "text": "'
        + SAID.encode() + b'"}\n'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIOENCODING", "PYTHONUTF8"))}
    env.update(LC_ALL="C", LANG="C")
    out = subprocess.run(
        [sys.executable, "-m", "quotegraph", "extract", str(path)], env=env, capture_output=True, check=True
    ).stdout
    records = [json.loads(line) for line in out.decode("utf-8").splitlines()]  # strict UTF-8
    assert [r["id"] for r in records] == ["s\ufffd", f"{path}:2", "déjà"]
    assert records[1]["error"] == "malformed line: nested too deep"
    assert records[0]["quotes"][0]["speaker"] == "Yusuf Brennan"
