"""Whole results as downloads: every quote a search (or a speaker's list) matches, not one page,
as CSV or JSON, streamed in chunks so that memory stays flat however many there are."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from fastapi.responses import StreamingResponse

from quotegraph.store.queries import RECORD_FIELDS, SearchFilters, iter_search
from quotegraph.web.stores import StorePool

CHUNK = 64 * 1024
MEDIA = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


def csv_chunks(pool: StorePool, f: SearchFilters) -> Iterator[str]:
    """The header, then the quotes as CSV rows (``export``'s columns), in chunks of about ``CHUNK``."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=RECORD_FIELDS)
    writer.writeheader()
    with pool.store() as store:
        for rec in iter_search(store, f):
            writer.writerow(rec.to_dict())
            if buf.tell() >= CHUNK:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
    yield buf.getvalue()


def json_chunks(pool: StorePool, f: SearchFilters) -> Iterator[str]:
    """The quotes as one JSON array of objects, in chunks of about ``CHUNK``."""
    parts = ["["]
    size = 1
    with pool.store() as store:
        for i, rec in enumerate(iter_search(store, f)):
            item = ("," if i else "") + "\n" + json.dumps(rec.to_dict(), ensure_ascii=False)
            parts.append(item)
            size += len(item)
            if size >= CHUNK:
                yield "".join(parts)
                parts, size = [], 0
    parts.append("\n]\n")
    yield "".join(parts)


def download(pool: StorePool, f: SearchFilters, fmt: str, name: str) -> StreamingResponse:
    """``f``'s whole result as ``name.csv`` or ``name.json``."""
    chunks = csv_chunks(pool, f) if fmt == "csv" else json_chunks(pool, f)
    return StreamingResponse(
        chunks, media_type=MEDIA[fmt], headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    )
