"""Each input kind read into articles, and each bad item into an error with its reason."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotegraph.ingest import IngestError, Read, read_paths
from quotegraph.model import Article

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


def test_txt_is_one_article_named_by_its_file(tmp_path: Path) -> None:
    (tmp_path / "harbour.txt").write_text("The council met on Tuesday.", encoding="utf-8")
    assert read_all(tmp_path / "harbour.txt") == [
        Read(str(tmp_path / "harbour.txt"), Article(id="harbour", text="The council met on Tuesday."))
    ]


def test_txt_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Le caf\xe9 est ferm\xe9.".encode("latin-1"))
    assert read_all(tmp_path / "latin.txt") == [
        IngestError(str(tmp_path / "latin.txt"), "undecodable: neither UTF-8 nor UTF-16 with a BOM")
    ]


def test_txt_in_utf16_with_a_bom_is_read_as_extract_reads_it(tmp_path: Path) -> None:
    (tmp_path / "harbour.txt").write_bytes("The council met on Tuesday.".encode("utf-16"))
    assert read_all(tmp_path / "harbour.txt") == [
        Read(str(tmp_path / "harbour.txt"), Article(id="harbour", text="The council met on Tuesday."))
    ]


def test_an_item_over_the_size_limit_is_refused_unread_and_the_limit_is_the_one_applied(
    tmp_path: Path,
) -> None:
    (tmp_path / "big.txt").write_text("x" * 16, encoding="utf-8")
    (tmp_path / "small.txt").write_text("x" * 15, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "1"}\n{"text": "twelve"}\n', encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    warc = tmp_path / "crawl.warc"
    offsets = write_warc(warc, gzip=False)
    names = ("big.txt", "small.txt", "feed.jsonl", "page.html", "crawl.warc")
    assert list(read_paths([tmp_path / n for n in names], max_bytes=15)) == [
        IngestError(str(tmp_path / "big.txt"), "too large: 16 bytes (limit 15)"),
        Read(str(tmp_path / "small.txt"), Article(id="small", text="x" * 15)),
        Read(f"{tmp_path / 'feed.jsonl'}:1", Article(id="feed:1", text="1")),
        IngestError(f"{tmp_path / 'feed.jsonl'}:2", "too large: 19 bytes (limit 15)"),
        IngestError(str(tmp_path / "page.html"), f"too large: {len(PAGE.encode())} bytes (limit 15)"),
        IngestError(f"{warc}@{offsets[0]}", "too large: 16 bytes (limit 15)"),
        IngestError(f"{warc}@{offsets[3]}", "too large: 16 bytes (limit 15)"),
    ]


def test_jsonl_lines_good_and_bad(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    full = {"id": "a1", "text": "Full record.", "url": "https://x.example/a1", "outlet": "X News",
            "published": "2024-05-01", "title": "A title"}  # fmt: skip
    lines = [
        json.dumps(full).encode(),
        json.dumps({"text": "Only text."}).encode(),
        b"",
        b'{"id": "broken", "text": ',
        json.dumps({"id": "empty", "text": "  "}).encode(),
        json.dumps({"id": "number", "text": 42}).encode(),
        b'["not", "an", "object"]',
        b'{"id": "latin", "text": "caf\xe9"}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    src = str(path)
    assert read_all(path) == [
        Read(f"{src}:1", Article(**full)),
        Read(f"{src}:2", Article(id="feed:2", text="Only text.")),
        IngestError(f"{src}:4", "malformed line: Expecting value at column 26"),
        IngestError(f"{src}:5", "no text"),
        IngestError(f"{src}:6", "no text"),
        IngestError(f"{src}:7", "malformed line: not a JSON object"),
        IngestError(f"{src}:8", "undecodable: not UTF-8 text"),
    ]


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [item] = read_all(tmp_path / "page.html")
    assert item == Read(
        str(tmp_path / "page.html"),
        Article(id="https://courier.example/news/harbour-plan", text=PAGE_TEXT,
                url="https://courier.example/news/harbour-plan", outlet="The Lakeside Courier",
                published="2024-05-02", title="Harbour plan approved"),
    )  # fmt: skip


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "blank.html").write_text(
        "<html><head><title>Blank</title></head><body></body></html>", encoding="utf-8"
    )
    assert read_all(tmp_path / "blank.html") == [IngestError(str(tmp_path / "blank.html"), "no text")]


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


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_streamed(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    offsets = write_warc(path, gzip=name.endswith(".gz"))
    items = read_all(path)
    assert len(items) == 2
    first, second = items
    assert isinstance(first, Read)
    assert first.source == f"{path}@{offsets[0]}"
    assert first.article.text == PAGE_TEXT
    assert first.article.url == "https://courier.example/news/harbour-plan"
    assert first.article.outlet == "The Lakeside Courier"
    assert first.article.published == "2024-05-02"
    assert second == IngestError(f"{path}@{offsets[3]}", "no text")


def test_folders_recursively_in_sorted_order_hidden_skipped_unknown_an_error(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("Hidden.", encoding="utf-8")
    assert read_all(tmp_path) == [
        Read(str(tmp_path / "a.txt"), Article(id="a", text="Ay.")),
        Read(str(tmp_path / "b" / "z.txt"), Article(id="z", text="Zed.")),
        IngestError(str(tmp_path / "notes.pdf"), "unsupported file type"),
    ]


def test_named_files_that_cannot_be_read(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert read_all(tmp_path / "notes.pdf", tmp_path / "missing.txt") == [
        IngestError(str(tmp_path / "notes.pdf"), "unsupported file type"),
        IngestError(str(tmp_path / "missing.txt"), "no such file or folder"),
    ]
