"""What every reader yields: an ``Article`` it could read, or an ``IngestError`` saying why not."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from quotegraph.model import Article

MAX_INPUT_BYTES = 5_000_000
"""A single article (file, JSONL line or WARC payload) larger than this is refused unread."""

OnBytes = Callable[[int], None]
"""Called with the number of input bytes a reader has just consumed (drives the progress bar)."""


@dataclass(frozen=True)
class IngestError:
    """One input item that could not be used, and why; the batch goes on without it."""

    source: str
    """Where the item came from: a path, ``path:line`` or ``path@offset``."""
    reason: str


@dataclass(frozen=True)
class Read:
    """An article a reader could read, and where it came from."""

    source: str
    article: Article


Item = Read | IngestError


def article_key(article: Article) -> str:
    """The content hash that identifies an article in the store: same content, same key."""
    payload = json.dumps(
        [article.text, article.url, article.outlet, article.published, article.title], ensure_ascii=False
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), else UTF-16 with a BOM; anything else is an error the caller
    reports, never a guess that silently garbles offsets."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise UnicodeDecodeError("utf-8", data[:1], 0, 1, "binary data (NUL bytes)")
    return data.decode("utf-8-sig")


def decode(data: bytes) -> str | None:
    """The text (``decode_bytes``), or ``None`` when the bytes are not text we can trust."""
    try:
        return decode_bytes(data)
    except UnicodeDecodeError:
        return None


def too_large(size: int, limit: int = MAX_INPUT_BYTES) -> str:
    return f"too large: {size} bytes (limit {limit})"


def no_progress(_: int) -> None:
    return None
