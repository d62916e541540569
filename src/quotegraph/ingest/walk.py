"""Paths to articles: each file by its kind, folders recursively in a stable (sorted) order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from quotegraph.ingest.base import IngestError, Item, OnBytes, no_progress
from quotegraph.ingest.html import read_html
from quotegraph.ingest.jsonl import read_jsonl
from quotegraph.ingest.txt import read_txt
from quotegraph.ingest.warc import read_warc

Reader = Callable[[Path, OnBytes], Iterator[Item]]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".jsonl": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None


def input_files(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Every readable file under ``paths``, folders walked recursively, hidden files skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if not hidden and reader_for(child) is not None:
                    yield child
        elif path.is_file():
            yield path if reader_for(path) is not None else IngestError(str(path), "unsupported file type")
        else:
            yield IngestError(str(path), "no such file or folder")


def read_paths(paths: Iterable[str | Path], on_bytes: OnBytes = no_progress) -> Iterator[Item]:
    """Articles and per-item errors from every file under ``paths``, in a stable order."""
    for entry in input_files(paths):
        if isinstance(entry, IngestError):
            yield entry
            continue
        reader = reader_for(entry)
        assert reader is not None
        try:
            yield from reader(entry, on_bytes)
        except OSError as e:
            yield IngestError(str(entry), f"unreadable: {e.strerror or e}")


def total_bytes(paths: Iterable[str | Path]) -> int:
    return sum(p.stat().st_size for p in input_files(paths) if isinstance(p, Path))
