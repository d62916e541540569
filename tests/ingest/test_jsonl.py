"""JSON Lines (``jsonl.py``): an article per good line, an error with its line number per bad one."""

from __future__ import annotations

import json
from pathlib import Path

from quotegraph.ingest import IngestError, Read
from quotegraph.model import Article
from tests.ingest.pages import read_all


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

