"""Corrections carried between stores as JSON Lines: written oldest first, applied once (a second
time skips them), resolved so that they show; a bad line is refused with its number."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from quotegraph.corpus.corrections import apply_file, read, write
from quotegraph.corpus.resolving import resolve_corpus
from quotegraph.model import Article, Quote
from quotegraph.store import Store, open_store
from quotegraph.store.corrections import BadCorrection, Correction, corrections, record

TEXT = '"The pier stays shut," Ana Ruiz said.'


def fill(store: Store) -> Store:
    with store.transaction():
        store.add_article("k1", Article("a1", TEXT, outlet="Daily Planet"),
                          [Quote(1, 20, "The pier stays shut", "direct", speaker="Ana Ruiz", confidence=0.9)],
                          None, None)  # fmt: skip
    resolve_corpus(store)
    return store


def test_corrections_go_to_another_store_once(tmp_path: Path) -> None:
    with fill(open_store(str(tmp_path / "one.db"))) as one:
        record(one, Correction("reassign", "the spokesman said it", "desk", ("k1-0",), target_id="sp-x",
                               target_name="Jon Finer"))  # fmt: skip
        out = io.BytesIO()
        assert write(one, out) == 1
    path = tmp_path / "corrections.jsonl"
    path.write_bytes(out.getvalue())
    with fill(open_store(str(tmp_path / "two.db"))) as two:
        assert apply_file(two, path) == (1, 0)
        assert two.query("SELECT speaker_id FROM quotes WHERE id = 'k1-0'") == [("sp-x",)]  # resolved
        assert apply_file(two, path) == (0, 1)
        assert [c.op for c in corrections(two)] == ["reassign"]


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
