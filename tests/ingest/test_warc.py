"""WARC files (``warc.py``), plain or gzipped: their HTML responses streamed, the rest skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.ingest import IngestError, Read
from tests.ingest.pages import PAGE_TEXT, read_all, write_warc


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_streamed(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    offsets = write_warc(path, gzip=name.endswith(".gz"))
    items = read_all(path)
    assert len(items) == 2
    first, second = items
    assert isinstance(first, Read)
    assert first.source == f"{path}@{offsets[0]}"
    assert first.article.text == PAGE_TEXT
    assert first.article.url == "https://courier.example/news/harbour-plan"
    assert first.article.outlet == "The Lakeside Courier"
    assert first.article.published == "2024-05-02"
    assert second == IngestError(f"{path}@{offsets[3]}", "no text")

