"""HTML pages (``html.py``): the main text and the page's metadata; a page with no text is an error."""

from __future__ import annotations

from pathlib import Path

from quotegraph.ingest import IngestError, Read
from quotegraph.model import Article
from tests.ingest.pages import PAGE, PAGE_TEXT, read_all


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [item] = read_all(tmp_path / "page.html")
    assert item == Read(
        str(tmp_path / "page.html"),
        Article(id="https://courier.example/news/harbour-plan", text=PAGE_TEXT,
                url="https://courier.example/news/harbour-plan", outlet="The Lakeside Courier",
                published="2024-05-02", title="Harbour plan approved"),
    )  # fmt: skip


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "blank.html").write_text(
        "<html><head><title>Blank</title></head><body></body></html>", encoding="utf-8"
    )
    assert read_all(tmp_path / "blank.html") == [IngestError(str(tmp_path / "blank.html"), "no text")]

