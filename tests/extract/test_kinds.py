"""What kind of attribution a frame makes: a statement, or a belief, finding, intention or stance
(``kinds.py``, ``data/kinds.tsv``)."""

from __future__ import annotations

from quotegraph.extract.kinds import kind_lexicon

from .phenomena import every


def test_each_attribution_carries_its_kind() -> None:
    text = "Mayor Ana Ruiz said the bridge would reopen in May. She believes the tolls are too high."
    assert [(q.text, q.kind) for q in every(text)] == [
        ("the bridge would reopen in May", "statement"),
        ("the tolls are too high", "belief"),
    ]


def test_the_kinds_lexicon_puts_each_lemma_in_one_kind() -> None:
    kinds = kind_lexicon()
    assert (kinds["say"], kinds["tweet"], kinds["accuse"], kinds["according"]) == ("statement",) * 4
    assert (kinds["believe"], kinds["show"], kinds["want"], kinds["endorse"]) == (
        "belief",
        "finding",
        "intention",
        "stance",
    )
    assert "approve" not in kinds or kinds["approve"] != "statement"
