"""Plain text files (``txt.py``): one article each, named by its file, decoded or refused."""

from __future__ import annotations

from pathlib import Path

from quotegraph.ingest import IngestError, Read
from quotegraph.model import Article
from tests.ingest.pages import read_all


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

