"""Paths to articles (``walk.py``): folders walked in order, hidden files skipped, a file no reader
takes an error, named or in a folder; the size limit applied to every kind."""

from __future__ import annotations

from pathlib import Path

from quotegraph.ingest import IngestError, Read, read_paths
from quotegraph.model import Article
from tests.ingest.pages import PAGE, read_all, write_warc


def test_an_item_over_the_size_limit_is_refused_unread_and_the_limit_is_the_one_applied(
    tmp_path: Path,
) -> None:
    (tmp_path / "big.txt").write_text("x" * 16, encoding="utf-8")
    (tmp_path / "small.txt").write_text("x" * 15, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "1"}\n{"text": "twelve"}\n', encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    warc = tmp_path / "crawl.warc"
    offsets = write_warc(warc, gzip=False)
    names = ("big.txt", "small.txt", "feed.jsonl", "page.html", "crawl.warc")
    assert list(read_paths([tmp_path / n for n in names], max_bytes=15)) == [
        IngestError(str(tmp_path / "big.txt"), "too large: 16 bytes (limit 15)"),
        Read(str(tmp_path / "small.txt"), Article(id="small", text="x" * 15)),
        Read(f"{tmp_path / 'feed.jsonl'}:1", Article(id="feed:1", text="1")),
        IngestError(f"{tmp_path / 'feed.jsonl'}:2", "too large: 19 bytes (limit 15)"),
        IngestError(str(tmp_path / "page.html"), f"too large: {len(PAGE.encode())} bytes (limit 15)"),
        IngestError(f"{warc}@{offsets[0]}", "too large: 16 bytes (limit 15)"),
        IngestError(f"{warc}@{offsets[3]}", "too large: 16 bytes (limit 15)"),
    ]


def test_folders_recursively_in_sorted_order_hidden_skipped_unknown_an_error(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("Hidden.", encoding="utf-8")
    assert read_all(tmp_path) == [
        Read(str(tmp_path / "a.txt"), Article(id="a", text="Ay.")),
        Read(str(tmp_path / "b" / "z.txt"), Article(id="z", text="Zed.")),
        IngestError(str(tmp_path / "notes.pdf"), "unsupported file type"),
    ]


def test_named_files_that_cannot_be_read(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert read_all(tmp_path / "notes.pdf", tmp_path / "missing.txt") == [
        IngestError(str(tmp_path / "notes.pdf"), "unsupported file type"),
        IngestError(str(tmp_path / "missing.txt"), "no such file or folder"),
    ]

