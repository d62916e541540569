"""Replaying the kept corrections on a fresh resolution: reassign, merge and split move the quotes
with the reason said, a reject moves nothing, and replaying twice gives what replaying once does."""

from __future__ import annotations

from quotegraph.corpus.replay import replay
from quotegraph.resolve.speakers import Link, Resolution
from quotegraph.store.corrections import Correction

QUOTES = ["q1", "q2", "q3"]
SPEAKERS = ["sp-mark", "sp-mark", "sp-scott"]
FRESH = Resolution(
    {"q1": Link("sp-mark", "Kelly", "same name"), "q2": Link("sp-mark", "Mark Kelly", "full name"),
     "q3": Link("sp-scott", "Scott Kelly", "full name")},
    {"sp-mark": "Mark Kelly", "sp-scott": "Scott Kelly"},
)  # fmt: skip


def made(op: str, **fields: object) -> Correction:
    return Correction(op, "the editor checked", "desk", made_at="2025-03-14T10:00:00", **fields)  # type: ignore[arg-type]


def test_a_reassigned_quote_moves_with_the_reason() -> None:
    c = made("reassign", quotes=("q1",), target_id="sp-finer", target_name="Jon Finer")
    speakers, resolution = replay([c], QUOTES, SPEAKERS, FRESH)
    assert speakers == ["sp-finer", "sp-mark", "sp-scott"]
    assert resolution.links["q1"] == Link(
        "sp-finer", "Kelly", "corrected by hand (2025-03-14, desk): the editor checked"
    )
    assert resolution.names["sp-finer"] == "Jon Finer"
    assert FRESH.links["q1"].speaker_id == "sp-mark"  # the fresh resolution itself is unchanged


def test_a_merge_moves_every_quote_and_the_empty_speaker_goes() -> None:
    speakers, resolution = replay(
        [made("merge", speaker_id="sp-mark", target_id="sp-scott")], QUOTES, SPEAKERS, FRESH
    )
    assert speakers == ["sp-scott"] * 3 and set(resolution.names) == {"sp-scott"}


def test_a_reject_moves_nothing_and_replaying_twice_is_replaying_once() -> None:
    items = [made("reject", quotes=("q3",), target_id="sp-stray"), made("split", quotes=("q2",), speaker_id="sp-mark",
                                                   target_id="sp-new", target_name="Mark Kelly")]  # fmt: skip
    once = replay(items, QUOTES, SPEAKERS, FRESH)
    assert once[0] == ["sp-mark", "sp-new", "sp-scott"]
    assert replay(items, QUOTES, *once) == once
