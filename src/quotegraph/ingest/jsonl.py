"""JSON Lines: one article per line, ``{"id", "text", "url", "outlet", "published", "title"}``.

Only ``text`` is required. A bad line is an error for that line alone; the file goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

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

OPTIONAL_FIELDS = ("url", "outlet", "published", "title")


def read_jsonl(
    path: Path, on_bytes: OnBytes = no_progress, max_bytes: int = MAX_INPUT_BYTES
) -> Iterator[Item]:
    with path.open("rb") as f:
        yield from read_lines(f, str(path), path.stem, on_bytes, max_bytes)


def read_lines(
    lines: Iterable[bytes],
    name: str,
    stem: str,
    on_bytes: OnBytes = no_progress,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Iterator[Item]:
    """The articles of a JSONL stream (a file, or ``-``: standard input) named ``name``; a line
    without an id is ``stem:line``."""
    for lineno, raw in enumerate(lines, start=1):
        on_bytes(len(raw))
        if not raw.strip():
            continue
        yield parse_line(raw, f"{name}:{lineno}", default_id=f"{stem}:{lineno}", max_bytes=max_bytes)


def parse_line(raw: bytes, source: str, default_id: str, max_bytes: int = MAX_INPUT_BYTES) -> Item:
    if len(raw) > max_bytes:
        return IngestError(source, too_large(len(raw), max_bytes))
    line = decode(raw)
    if line is None:
        return IngestError(source, "undecodable: not UTF-8 text")
    try:
        record: Any = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as e:
        return IngestError(source, f"malformed line: {e.msg} at column {e.colno}")
    except (ValueError, RecursionError) as e:  # an integer of 5,000 digits, [[[[... nested too deep
        return IngestError(source, f"malformed line: {_reason(e)}")
    if not isinstance(record, dict):
        return IngestError(source, "malformed line: not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return IngestError(source, "no text")
    meta = {k: _str_or_none(record.get(k)) for k in OPTIONAL_FIELDS}
    return Read(source, Article(id=_str_or_none(record.get("id")) or default_id, text=text, **meta))


def _reason(exc: Exception) -> str:
    return "nested too deep" if isinstance(exc, RecursionError) else str(exc)


def _str_or_none(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)
