"""Invented articles for the Spark tests: two outlets reporting one statement, people sharing a surname,
surname-only mentions, a belief (kept, but not counted as a statement), and inputs that must land in
the errors table; and a WARC file of as many responses as a test asks for."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

BELIEF = "the line will carry ten thousand passengers a day"

HARBOUR = (
    '"We will rebuild the harbour wall before the winter storms arrive," Mayor Ingrid Solberg said on'
    " Tuesday.\n\nSolberg added that the council had already set aside the money for the work.\n\n"
    '"The fishing fleet cannot wait another year," said Erik Solberg, who chairs the fishermen\'s union.'
)
HARBOUR_AGAIN = (
    'Mayor Ingrid Solberg promised quick repairs. "We will rebuild the harbour wall before the winter'
    ' storms arrive," she told reporters at the town hall.\n\nThe union leader, Erik Solberg, said the'
    " delay had already cost the fleet dearly."
)
RAIL = (
    'Transport minister Dana Okafor said the new rail line would open in the spring. "Every station will'
    ' be ready by March," Okafor said. Okafor believes the line will carry ten thousand passengers a day.'
    '\n\nCritics were not convinced. "We have heard these promises before," said Paul Brandt, a commuter'
    " group spokesman."
)
BUDGET = (
    'Finance officials said the budget would be published next week. "The numbers are not final yet,"'
    " a spokeswoman for the ministry said.\n\nDana Okafor said the rail money was safe."
)
GERMAN = (
    "Der Bürgermeister sagte, die Mauer werde vor dem Winter wieder aufgebaut und die Kosten seien gedeckt."
)
PAGE = """<html><head><title>Ferry service returns</title><meta property="og:site_name" content="Island Post">
</head><body><article><h1>Ferry service returns</h1>
<p>The ferry between the islands will run again from Monday, the operator said.</p>
<p>"Passengers have waited long enough for this," said Marta Lind, the operator's director. "We are
adding two extra crossings every day during the summer."</p>
<p>Lind said the new timetable would be published on the company's website by Friday.</p>
</article></body></html>"""
NOTE = 'Residents met on Thursday. "The park must stay open to everyone," said Hanna Berg, a local teacher.'


def write_inputs(root: Path) -> Path:
    """A folder of every input kind, good and bad; returns the folder."""
    root.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps({"id": "h1", "text": HARBOUR, "outlet": "Fjord Times", "published": "2024-05-03"}),
        json.dumps({"id": "h2", "text": HARBOUR_AGAIN, "outlet": "Coast Daily", "published": "2024-05-04T09:30:00+02:00"}),
        json.dumps({"id": "r1", "text": RAIL, "outlet": "Coast Daily", "published": "2024-05-04"}),
        '{"id": "broken", "text": "half a line',
        json.dumps({"id": "notext", "title": "No body"}),
        json.dumps({"id": "de", "text": GERMAN, "published": "2024-05-05"}),
        json.dumps({"id": "b1", "text": BUDGET, "outlet": "Fjord Times"}),
        json.dumps({"id": "h1", "text": HARBOUR, "outlet": "Fjord Times", "published": "2024-05-03"}),
    ]  # fmt: skip
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "notes").mkdir(exist_ok=True)
    (root / "notes" / "park.txt").write_text(NOTE, encoding="utf-8")
    (root / "notes" / "latin.txt").write_bytes("Café owners said prices would rise.".encode("latin-1"))
    with (root / "crawl.warc.gz").open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://post.example/ferry", "response", payload=io.BytesIO(PAGE.encode()), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-05-06T08:00:00Z"},
        )  # fmt: skip
        writer.write_record(record)
    return root


def write_warc(path: Path, n: int, gzip: bool) -> None:
    """``n`` responses (every fourth an image, the rest pages), each followed by its request."""
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        html = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        for i in range(n):
            page = PAGE.replace("Monday", f"day {i}").encode()
            headers, payload = (image, b"\x89PNG" * 300) if i % 4 == 3 else (html, page)
            record = writer.create_warc_record(
                f"https://post.example/{i}", "response", payload=io.BytesIO(payload), http_headers=headers
            )
            writer.write_record(record)
            writer.write_record(
                writer.create_warc_record(
                    f"https://post.example/{i}", "request", payload=io.BytesIO(b"GET /")
                )
            )
