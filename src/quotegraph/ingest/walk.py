"""Paths to articles: each file by its kind, folders recursively in a stable (sorted) order."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from quotegraph.ingest.base import MAX_INPUT_BYTES, IngestError, Item, OnBytes, no_progress
from quotegraph.ingest.html import read_html
from quotegraph.ingest.jsonl import read_jsonl, read_lines
from quotegraph.ingest.txt import read_txt
from quotegraph.ingest.warc import read_warc

STDIN = "-"
"""A path of ``-`` is JSON Lines on standard input."""


class Reader(Protocol):
    def __call__(self, path: Path, on_bytes: OnBytes = ..., max_bytes: int = ...) -> Iterator[Item]: ...


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
    """Every file under ``paths``, folders walked recursively, hidden files skipped; a file no
    reader takes is an error, named or in a folder."""
    for raw in paths:
        if str(raw) == STDIN:
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                yield (
                    child
                    if reader_for(child) is not None
                    else IngestError(str(child), "unsupported file type")
                )
        elif path.is_file():
            yield path if reader_for(path) is not None else IngestError(str(path), "unsupported file type")
        else:
            yield IngestError(str(path), "no such file or folder")


def missing(paths: Iterable[str | Path]) -> list[str]:
    """The paths that name no file or folder (``-``, standard input, always exists)."""
    return [str(p) for p in paths if str(p) != STDIN and not Path(p).exists()]


def read_paths(
    paths: Iterable[str | Path], on_bytes: OnBytes = no_progress, max_bytes: int = MAX_INPUT_BYTES
) -> Iterator[Item]:
    """Articles and per-item errors from every file under ``paths`` (``-``: JSON Lines on standard
    input), in a stable order; an item over ``max_bytes`` is an error, unread."""
    for raw in paths:
        if str(raw) == STDIN:
            yield from read_lines(sys.stdin.buffer, STDIN, STDIN, on_bytes, max_bytes)
            continue
        for entry in input_files([raw]):
            if isinstance(entry, IngestError):
                yield entry
                continue
            reader = reader_for(entry)
            assert reader is not None
            try:
                yield from reader(entry, on_bytes, max_bytes)
            except OSError as e:
                yield IngestError(str(entry), f"unreadable: {e.strerror or e}")


def total_bytes(paths: Iterable[str | Path]) -> int:
    return sum(p.stat().st_size for p in input_files(paths) if isinstance(p, Path))
