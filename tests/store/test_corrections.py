"""Corrections by hand: kept as audit rows, replayed by every resolve (carried to another store:
tests/corpus/test_corrections.py).

On the hand-built corpus of ``handmade`` (SQLite, and PostgreSQL when QUOTEGRAPH_TEST_PG is set):
Witkoff's gratitude is reported three times, Mark Kelly's budget line once, Scott Kelly twice."""

from __future__ import annotations

import pytest

from quotegraph.corpus.resolving import resolve_corpus
from quotegraph.model import Article, Quote
from quotegraph.store import Store
from quotegraph.store.corrections import BadCorrection, Correction, corrections, new_speaker_id, record
from quotegraph.store.export import export_records
from quotegraph.store.queries import find_speakers, quote_cluster, search, speaker_profile
from tests.store.handmade import correct, ids, speaker_of


def test_not_a_quote_is_hidden_kept_and_audited(corpus: Store) -> None:
    kept = correct(corpus, Correction("reject", "a caption, not speech", "desk", ("a3-0",)))
    assert "a3-0" not in ids(search(corpus, "gratitude", min_confidence=0, scope="all"))
    assert "a3-0" not in [r["id"] for r in export_records(corpus, "all", 0)]
    cluster = quote_cluster(corpus, "a3-0")
    assert cluster is not None and "a3-0" in ids(cluster.quotes)  # kept, and its own page still shows it
    assert [(c.op, c.why, c.author, c.quotes) for c in corrections(corpus)] == [
        ("reject", "a caption, not speech", "desk", ("a3-0",))
    ]
    assert kept.id is not None and len(kept.made_at) == 19
    profile = speaker_profile(corpus, speaker_of(corpus, "a1-0") or "")
    assert profile is not None and profile.n_quotes == 3  # a1-0, a2-0, a2-1: not the hidden a3-0


def test_reassign_to_a_new_speaker_holds_through_resolve_and_ingest(corpus: Store) -> None:
    correct(
        corpus, Correction("reassign", "the spokesman said it", "desk", ("a3-0",), target_name="Jon Finer")
    )
    new = new_speaker_id("Jon Finer")
    assert speaker_of(corpus, "a3-0") == new
    resolve_corpus(corpus)
    with corpus.transaction():  # a new article comes in; resolve runs again
        text = "We will keep the talks going"
        corpus.add_article("a9", Article("n-1", "...", outlet="News"), [Quote(0, len(text), text, "direct",
                           speaker="Steve Witkoff", confidence=0.9, speaker_kind="person")], "n.txt", None)  # fmt: skip
    resolve_corpus(corpus)
    assert speaker_of(corpus, "a3-0") == new
    profile = speaker_profile(corpus, new)
    assert profile is not None and profile.name == "Jon Finer" and profile.n_quotes == 1
    assert (
        "corrected by hand" in profile.aliases[0].reason
        and "the spokesman said it" in profile.aliases[0].reason
    )


def test_merge_and_split(corpus: Store) -> None:
    mark = find_speakers(corpus, "Mark Kelly")[0][0]
    scott = find_speakers(corpus, "Scott Kelly")[0][0]
    correct(
        corpus, Correction("merge", "same person, per the editor", "desk", speaker_id=mark, target_id=scott)
    )
    assert speaker_of(corpus, "a3-1") == scott and not speaker_profile(corpus, mark)
    correct(corpus, Correction("split", "the astronaut said only this", "desk", ("a3-1",), speaker_id=scott,
                               target_id=None, target_name="Mark Kelly"))  # fmt: skip
    assert speaker_of(corpus, "a3-1") == new_speaker_id("Mark Kelly")
    assert speaker_of(corpus, "a4-0") == scott


def test_bad_corrections_are_refused_with_a_reason(corpus: Store) -> None:
    witkoff = speaker_of(corpus, "a1-0")
    cases = [
        (Correction("reject", " ", "desk", ("a1-0",)), "reason"),
        (Correction("reject", "x", "desk", ("nope",)), "no quote 'nope'"),
        (
            Correction("split", "x", "desk", ("a4-0",), speaker_id=witkoff, target_name="Someone"),
            "only quotes of",
        ),
        (Correction("merge", "x", "desk", speaker_id=witkoff, target_id="sp-none"), "no speaker 'sp-none'"),
        (Correction("reassign", "x", "desk", ("a1-0",)), "an id or a new name"),
    ]
    for c, message in cases:
        with pytest.raises(BadCorrection, match=message), corpus.transaction():
            record(corpus, c)
    assert corrections(corpus) == []


