"""What kind of attribution a frame makes: a statement, or a belief, finding, intention or stance
(``kinds.py``, ``data/kinds.tsv``)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotegraph.extract.cues import find_frames
from quotegraph.extract.frame import Frame
from quotegraph.extract.kinds import kind_lexicon, kind_of

from .phenomena import every, parse


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


def _frame(text: str, lemma: str) -> tuple[Doc, Frame]:
    doc = parse(text)
    frames = [f for f in find_frames(doc, lambda at: False, judge=False) if f.cue.lemma == lemma]
    assert frames, (text, lemma)
    return doc, frames[0]


@pytest.mark.parametrize(
    ("text", "lemma", "kind"),
    [
        ("Ana Ruiz said the bridge would reopen.", "say", "statement"),
        ("Ana Ruiz believes the bridge will reopen.", "believe", "belief"),
        ("Ana Ruiz issued a statement on the bridge.", "issue", "statement"),  # a light verb and its act
        ("Ana Ruiz continued to insist that the bridge would reopen.", "continue", "statement"),  # the act it governs
        ("The bridge will reopen in May, Ana Ruiz continued.", "continue", "statement"),  # more of what was said
        ("Ana Ruiz declined to say why the bridge was closed.", "decline", "other"),
        ("According to Ana Ruiz, the bridge will reopen.", "according to", "statement"),
        ("In a Harbour Times poll, most voters backed the bridge.", "in", "statement"),  # as "according to"
        # A directive is words put out when it says what is to be done; with a bare object, an act.
        ("Judge Ana Ruiz ordered that the ferry records be released by Thursday.", "order", "statement"),
        ("A judge ordered the harbour board to publish the video.", "order", "statement"),
        ("The judge ordered the release of the ferry records.", "order", "other"),
    ],
)
def test_the_kind_of_a_frame(text: str, lemma: str, kind: str) -> None:
    doc, frame = _frame(text, lemma)
    assert kind_of(frame, doc) == kind


def test_without_the_document_a_verb_keeps_its_own_kind_and_no_frame_is_a_statement() -> None:
    doc, frame = _frame("Ana Ruiz issued a statement on the bridge.", "issue")
    assert kind_of(frame) == kind_lexicon().get("issue", "other") != "statement"
    assert kind_of(frame, doc) == "statement"
    assert kind_of(None) == "statement"
