"""Plain-text files: one article per file, its name the article's id."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from quotegraph.ingest.base import (
    MAX_INPUT_BYTES,
    IngestError,
    Item,
    OnBytes,
    Read,
    decode,
    no_progress,
    too_large,
)
from quotegraph.model import Article


def read_txt(path: Path, on_bytes: OnBytes = no_progress, max_bytes: int = MAX_INPUT_BYTES) -> Iterator[Item]:
    size = path.stat().st_size
    if size > max_bytes:
        on_bytes(size)
        yield IngestError(str(path), too_large(size, max_bytes))
        return
    data = path.read_bytes()
    on_bytes(size)
    text = decode(data)
    if text is None:
        yield IngestError(str(path), "undecodable: neither UTF-8 nor UTF-16 with a BOM")
        return
    yield Read(str(path), Article(id=path.stem, text=text))
