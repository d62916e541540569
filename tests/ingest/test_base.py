"""What every reader shares (``base.py``): the content hash that names an article in the store, and
bytes decoded as UTF-8 or UTF-16 with a BOM, or refused, never guessed."""

from __future__ import annotations

import dataclasses

import pytest

from quotegraph.ingest import article_key
from quotegraph.ingest import decode_bytes as decode
from quotegraph.ingest.base import decode as decode_or_none
from quotegraph.model import Article

ARTICLE = Article("harbour", "The pier stays shut.", url="https://x.example/pier", outlet="Fjord Times",
                  published="2024-05-03", title="Pier shut")  # fmt: skip


def test_the_same_content_is_the_same_key_whatever_its_id() -> None:
    key = article_key(ARTICLE)
    assert len(key) == 32 and int(key, 16) >= 0
    assert article_key(dataclasses.replace(ARTICLE, id="feed.jsonl:7")) == key  # one article in two files


@pytest.mark.parametrize("field", ["text", "url", "outlet", "published", "title"])
def test_any_other_field_changed_is_another_article(field: str) -> None:
    assert article_key(dataclasses.replace(ARTICLE, **{field: "other"})) != article_key(ARTICLE)


def test_fields_cannot_run_into_each_other() -> None:
    one = Article("a", "The pier", url="stays shut")
    two = Article("a", "The pier stays", url="shut")
    assert article_key(one) != article_key(two)
    assert article_key(Article("a", "x", title="")) != article_key(Article("a", "x", title=None))


def test_undecodable_bytes_are_an_error_not_a_guess() -> None:
    with pytest.raises(UnicodeDecodeError):
        decode("Caf\xe9 owners said".encode("latin-1"))
    with pytest.raises(UnicodeDecodeError):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert decode("\ufeffThe mayor said".encode()) == "The mayor said"
    assert decode("The mayor said".encode("utf-16")) == "The mayor said"


def test_readers_get_none_for_bytes_that_are_not_text() -> None:
    assert decode_or_none("Caf\xe9".encode("latin-1")) is None
    assert decode_or_none(b"Caf\xc3\xa9") == "Café"
    assert decode_or_none(b"ok\x00ok") is None  # valid UTF-8, but binary
    assert decode_or_none(b"\xfe\xff" + "Big-endian".encode("utf-16-be")) == "Big-endian"
