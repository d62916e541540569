"""WARC archives (``.warc``, ``.warc.gz``): HTML responses, streamed one record at a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from quotegraph.ingest.base import MAX_INPUT_BYTES, IngestError, Item, OnBytes, no_progress, too_large
from quotegraph.ingest.html import html_to_article

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(
    path: Path, on_bytes: OnBytes = no_progress, max_bytes: int = MAX_INPUT_BYTES
) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator  # here: only WARC input needs it
    from warcio.exceptions import ArchiveLoadFailed

    done = 0
    with path.open("rb") as f:
        records = ArchiveIterator(f)
        try:
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if not ctype.startswith(HTML_TYPES):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                date = record.rec_headers.get_header("WARC-Date")
                payload = record.content_stream().read(max_bytes + 1)
                source = f"{path}@{records.get_record_offset()}"  # after the payload: this skips past it
                if len(payload) > max_bytes:
                    yield IngestError(source, too_large(len(payload), max_bytes))
                else:
                    yield html_to_article(payload, source, default_id=url or source, url=url, date=date)
                position = f.tell()
                on_bytes(position - done)
                done = position
        except ArchiveLoadFailed as e:
            yield IngestError(f"{path}@{f.tell()}", f"malformed WARC: {e}")
    on_bytes(max(path.stat().st_size - done, 0))
