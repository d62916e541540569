"""``quotegraph eval`` scores as the referee does: statements keys, split-quotation groups."""

from __future__ import annotations

from quotegraph.evaluate import score

TEXT = "“We will rebuild,” Ruiz said. “The bridge matters.” Ruiz believes the tolls are too high."


def _gold(scope: str | None) -> dict:
    d: dict = {
        "id": "a",
        "text": TEXT,
        "quotes": [
            {"start": 1, "end": 51, "speaker": "Ana Ruiz", "type": "direct", "kind": "statement"},
            {"start": 66, "end": 88, "speaker": "Ana Ruiz", "type": "indirect", "kind": "other"},
        ],
    }
    if scope:
        d["scope"] = scope
    return d


PASSAGES = [
    {"start": 1, "end": 17, "speaker": "Ruiz", "kind": "statement"},
    {"start": 32, "end": 51, "speaker": "Ruiz", "kind": "statement"},
]
BELIEF = {"start": 66, "end": 88, "speaker": "Ruiz", "kind": "belief"}


def test_passages_of_one_group_find_the_quote_they_split() -> None:
    grouped = [dict(p, group="g1") for p in PASSAGES]
    found = score({"a": _gold("statements")}, {"a": {"quotes": grouped}}).counts["found"]
    apart = score({"a": _gold("statements")}, {"a": {"quotes": PASSAGES}}).counts["found"]
    assert (found, apart) == (1, 0)


def test_a_statements_key_leaves_other_kinds_out_on_both_sides() -> None:
    s = score({"a": _gold("statements")}, {"a": {"quotes": [BELIEF]}})
    assert (s.counts["gold"], s.counts["pred"]) == (1, 0)
    full = score({"a": _gold(None)}, {"a": {"quotes": [BELIEF]}})
    assert (full.counts["gold"], full.counts["pred"], full.counts["correct_attr"]) == (2, 1, 1)
