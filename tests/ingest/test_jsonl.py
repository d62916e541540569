"""JSON Lines (``jsonl.py``): an article per good line, an error with its line number per bad one,
whatever a line holds (anything JSON allows, deep nesting, lone surrogates, a BOM); the file goes on."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotegraph.ingest import IngestError, Read, article_key, read_paths
from quotegraph.ingest.jsonl import parse_line
from quotegraph.model import Article
from tests.hostile import DEEP, JSON_VALUES, SAID, any_text, utf8_clean
from tests.ingest.pages import read_all

FIELDS = ["id", "url", "outlet", "published", "title", "text"]


def test_jsonl_lines_good_and_bad(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    full = {"id": "a1", "text": "Full record.", "url": "https://x.example/a1", "outlet": "X News",
            "published": "2024-05-01", "title": "A title"}  # fmt: skip
    lines = [
        json.dumps(full).encode(),
        json.dumps({"text": "Only text."}).encode(),
        b"",
        b'{"id": "broken", "text": ',
        json.dumps({"id": "empty", "text": "  "}).encode(),
        json.dumps({"id": "number", "text": 42}).encode(),
        b'["not", "an", "object"]',
        b'{"id": "latin", "text": "caf\xe9"}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    src = str(path)
    assert read_all(path) == [
        Read(f"{src}:1", Article(**full)),
        Read(f"{src}:2", Article(id="feed:2", text="Only text.")),
        IngestError(f"{src}:4", "malformed line: Expecting value at column 26"),
        IngestError(f"{src}:5", "no text"),
        IngestError(f"{src}:6", "no text"),
        IngestError(f"{src}:7", "malformed line: not a JSON object"),
        IngestError(f"{src}:8", "undecodable: not UTF-8 text"),
    ]


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    record=st.fixed_dictionaries({"text": any_text(1, 40)}, optional={f: JSON_VALUES for f in FIELDS[:-1]})
    | st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES, max_size=6)
    | JSON_VALUES
)
def test_any_json_line_is_an_article_or_an_error(record: object) -> None:
    line = json.dumps(record).encode("utf-8")  # lone surrogates travel as their \\udXXX escapes
    item = parse_line(line, "in.jsonl:1", default_id="in:1")
    assert isinstance(item, Read | IngestError)
    if isinstance(item, Read):
        assert utf8_clean(item.article)
        assert len(article_key(item.article)) == 32
    else:
        assert item.reason


def test_bad_lines_are_errors_and_the_batch_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        b'\xef\xbb\xbf{"id": "bom", "text": "' + SAID.encode() + b'"}',
        DEEP,
        b'{"id": ' + b"9" * 5000 + b', "text": "x"}',
        b'{"id": ' + b"[" * 3000 + b"]" * 3000 + b', "text": "x"}',
        b'{"id": "s\\udc80", "title": "T\\ud800", "text": "' + SAID.encode() + b'"}',
        b'{"id": "last", "text": "' + SAID.encode() + b'"}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == ["Read", "IngestError", "IngestError", "IngestError", "Read", "Read"]
    assert items[0].article.id == "bom"  # type: ignore[union-attr]
    assert items[1].reason == "malformed line: nested too deep"  # type: ignore[union-attr]
    assert "digits" in items[2].reason  # type: ignore[union-attr]
    surrogate = items[4].article  # type: ignore[union-attr]
    assert (surrogate.id, surrogate.title) == ("s\ufffd", "T\ufffd")
