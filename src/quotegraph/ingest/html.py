"""HTML pages: trafilatura pulls out the main text, the title, the date, the outlet and the URL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from quotegraph.ingest.base import MAX_INPUT_BYTES, IngestError, Item, OnBytes, Read, no_progress, too_large
from quotegraph.model import Article


def read_html(
    path: Path, on_bytes: OnBytes = no_progress, max_bytes: int = MAX_INPUT_BYTES
) -> Iterator[Item]:
    size = path.stat().st_size
    on_bytes(size)
    if size > max_bytes:
        yield IngestError(str(path), too_large(size, max_bytes))
        return
    yield html_to_article(path.read_bytes(), source=str(path), default_id=path.stem)


def html_to_article(
    html: bytes, source: str, default_id: str, url: str | None = None, date: str | None = None
) -> Item:
    """One page to one article; ``url`` and ``date`` (from a WARC record) are fallbacks for the page's own."""
    import trafilatura  # here: it takes most of a second to import, and only HTML needs it

    if not html.strip():
        return IngestError(source, "no text")
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except (ValueError, TypeError) as e:  # lxml refuses some byte soups outright
        return IngestError(source, f"undecodable: {e}")
    text = getattr(doc, "text", None) if doc is not None else None
    if doc is None or not text or not text.strip():
        return IngestError(source, "no text")
    page_url = getattr(doc, "url", None) or url
    article = Article(
        id=page_url or default_id,
        text=text,
        url=page_url,
        outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        published=getattr(doc, "date", None) or date,
        title=getattr(doc, "title", None),
    )
    return Read(source, article)
