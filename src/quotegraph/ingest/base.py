"""What every reader yields: an ``Article`` it could read, or an ``IngestError`` saying why not."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from quotegraph.extract.check import decode as decode_text
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


def decode(data: bytes) -> str | None:
    """The text, decoded as ``quotegraph extract`` decodes it (UTF-8, or UTF-16 with a BOM), or
    ``None`` when the bytes are not text we can trust."""
    try:
        return decode_text(data)
    except UnicodeDecodeError:
        return None


def too_large(size: int) -> str:
    return f"too large: {size} bytes (limit {MAX_INPUT_BYTES})"


def no_progress(_: int) -> None:
    return None
