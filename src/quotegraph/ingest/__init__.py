"""Read articles from files: plain text, JSON Lines, HTML pages, WARC archives and folders of them."""

from quotegraph.ingest.base import MAX_INPUT_BYTES, IngestError, Item, Read, article_key
from quotegraph.ingest.walk import input_files, read_paths, total_bytes

__all__ = [
    "MAX_INPUT_BYTES",
    "IngestError",
    "Item",
    "Read",
    "article_key",
    "input_files",
    "read_paths",
    "total_bytes",
]
