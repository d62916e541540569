"""What the reader tests read: an article page, its main text, a small WARC file."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotegraph.ingest import IngestError, Read, read_paths

PAGE = """<html><head><title>Harbour plan approved - The Lakeside Courier</title>
<meta property="og:site_name" content="The Lakeside Courier">
<meta property="article:published_time" content="2024-05-02T09:30:00+02:00">
<link rel="canonical" href="https://courier.example/news/harbour-plan"></head>
<body><nav>Home | Local | Sport</nav><article><h1>Harbour plan approved</h1>
<p>The town council voted on Tuesday to rebuild the old harbour wall before the winter storms.</p>
<p>"We cannot wait another year for the sea to decide for us," said Mayor Ingrid Solberg after the vote.</p>
</article><footer>All rights reserved</footer></body></html>"""


PAGE_TEXT = (
    "Harbour plan approved\n"
    "The town council voted on Tuesday to rebuild the old harbour wall before the winter storms.\n"
    '"We cannot wait another year for the sea to decide for us," said Mayor Ingrid Solberg after the vote.'
)


def read_all(*paths: Path | str) -> list[Read | IngestError]:
    return list(read_paths(paths))


def write_warc(path: Path, gzip: bool) -> list[int]:
    """Two HTML responses (one empty), a PNG response and a request; returns the records' offsets."""
    offsets = []
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=gzip)

        def response(url: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            offsets.append(f.tell())
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)

        response("https://courier.example/news/harbour-plan", "text/html; charset=utf-8", PAGE.encode())
        response("https://courier.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n")
        offsets.append(f.tell())
        request = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        writer.write_record(writer.create_warc_record("https://courier.example/", "request", payload=request))
        response("https://courier.example/empty", "text/html", b"<html><body></body></html>")
    return offsets
