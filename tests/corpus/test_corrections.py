"""Corrections carried between stores as JSON Lines: written oldest first, applied once (a second
time skips them), resolved so that they show; a bad line is refused with its number. On the
hand-built corpus of ``tests/store/handmade`` (SQLite, and PostgreSQL when QUOTEGRAPH_TEST_PG is set)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotegraph.corpus.corrections import apply_file, read, write
from quotegraph.corpus.resolving import resolve_corpus
from quotegraph.model import Article, Quote
from quotegraph.store import Store, open_store
from quotegraph.store.corrections import BadCorrection, Correction, corrections, new_speaker_id
from quotegraph.store.queries import search
from tests.store.handmade import CORPUS, add_corpus, correct, ids, speaker_of

TEXT = '"The pier stays shut," Ana Ruiz said.'


def fill(store: Store) -> Store:
    with store.transaction():
        store.add_article("k1", Article("a1", TEXT, outlet="Daily Planet"),
                          [Quote(1, 20, "The pier stays shut", "direct", speaker="Ana Ruiz", confidence=0.9)],
                          None, None)  # fmt: skip
    resolve_corpus(store)
    return store


def test_a_bad_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "corrections.jsonl"
    path.write_text('\n{"op": "reject", "why": "a caption", "quotes": ["k1-0"]}\nnot json\n', encoding="utf-8")
    with pytest.raises(BadCorrection, match=r"corrections.jsonl, line 3"):
        list(read(path))


def test_a_correction_that_does_not_fit_stops_them_all(tmp_path: Path) -> None:
    path = tmp_path / "corrections.jsonl"
    path.write_text('{"op": "reject", "why": "a caption", "quotes": ["k1-0"], "made_at": "2025-01-01"}\n'
                    '{"op": "reject", "why": "elsewhere", "quotes": ["k9-0"], "made_at": "2025-01-01"}\n',
                    encoding="utf-8")  # fmt: skip
    with fill(open_store(str(tmp_path / "store.db"))) as store:
        with pytest.raises(BadCorrection, match="k9-0"):
            apply_file(store, path)
        assert corrections(store) == []


@pytest.fixture
def corpus(db_url: str) -> Iterator[Store]:
    with open_store(db_url) as store:
        yield add_corpus(store)


def test_corrections_go_to_another_store(corpus: Store, tmp_path: Path) -> None:
    correct(corpus, Correction("reject", "not speech", "desk", ("a4-0",)))
    correct(corpus, Correction("reassign", "the spokesman", "desk", ("a3-0",), target_name="Jon Finer"))
    out = io.BytesIO()
    assert write(corpus, out) == 2
    path = tmp_path / "corrections.jsonl"
    path.write_bytes(out.getvalue())
    with open_store(str(tmp_path / "other.db")) as other:
        with other.transaction():
            for key, article, quotes in CORPUS:
                other.add_article(key, article, quotes, "x", article.published)
        resolve_corpus(other)
        assert apply_file(other, path) == (2, 0)
        assert apply_file(other, path) == (0, 2)  # applying twice changes nothing
        assert speaker_of(other, "a3-0") == new_speaker_id("Jon Finer")
        assert "a4-0" not in ids(search(other, "patience", min_confidence=0))
        bad = tmp_path / "bad.jsonl"
        bad.write_text('{"op": "explode"}\n')
        with pytest.raises(BadCorrection, match="line 1"):
            apply_file(other, bad)
