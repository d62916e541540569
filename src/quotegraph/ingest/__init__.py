"""Read articles from files: plain text, JSON Lines, HTML pages, WARC archives and folders of them."""

from quotegraph.ingest.base import MAX_INPUT_BYTES, IngestError, Item, Read, article_key, decode_bytes
from quotegraph.ingest.walk import STDIN, input_files, missing, read_paths, total_bytes

__all__ = [
    "MAX_INPUT_BYTES",
    "IngestError",
    "Item",
    "Read",
    "STDIN",
    "article_key",
    "decode_bytes",
    "input_files",
    "missing",
    "read_paths",
    "total_bytes",
]
