"""Export of the stored quotes as JSONL, CSV and Parquet, over the small corpus built by hand."""

from __future__ import annotations

import pytest

from quotegraph.store import Store
from tests.store.handmade import exported


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export(corpus: Store, fmt: str) -> None:
    assert [r["id"] for r in exported(corpus, fmt)] == ["a1-0", "a2-0", "a2-1", "a3-0", "a3-1", "a4-0"]
    rows = exported(corpus, fmt, min_confidence=0)  # Kelly's unsure paraphrase too
    assert [r["id"] for r in rows] == ["a1-0", "a2-0", "a2-1", "a3-0", "a3-1", "a4-0", "a4-1"]
    first = rows[0]
    assert (first["speaker_name"], first["outlet"], first["cluster_id"]) == (
        "Steve Witkoff",
        "Gotham Gazette",
        "a1-0",
    )
    assert str(first["start"]) == "0"
    assert {str(r["kind"]) for r in rows} == {"statement"}
    # Only direct quotes are verbatim; the indirect ones are paraphrase.
    verbatim = {r["id"]: str(r["verbatim"]) for r in rows}
    assert verbatim["a1-0"] == "True" and verbatim["a2-1"] == verbatim["a4-1"] == "False"
    assert list(rows[0])[:4] == ["id", "text", "type", "verbatim"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_every_kind_or_the_surer_quotes(corpus: Store, fmt: str) -> None:
    rows = exported(corpus, fmt, scope="all")
    assert [(r["id"], r["kind"]) for r in rows][-1] == ("a5-0", "belief")
    assert len(rows) == 8 and rows[-1]["verbatim"] in (False, "False")
    assert [r["id"] for r in exported(corpus, fmt, scope="all", min_confidence=0.5)] == [
        "a1-0", "a2-0", "a2-1", "a3-0", "a3-1", "a4-0", "a5-0",
    ]  # fmt: skip
