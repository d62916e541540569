"""Reports named by nouns and predicate adjectives (``extract/nominal.py``). Whether one is kept is
the frame judge's call, so these cases use a judge that accepts the words under test."""

from __future__ import annotations

import quotegraph
from quotegraph.extract import framescore
from quotegraph.model import Quote
from tests.extract.judges import accepting


def every(text: str) -> list[Quote]:
    """The engine's whole output: every kind of attribution, at any confidence (the default
    selection, statements above a floor, has tests of its own in test_selection.py)."""
    return quotegraph.extract(text, scope="all", min_confidence=0.0)


def spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.cue, q.speaker) for q in every(text)]


def test_a_noun_can_name_the_report() -> None:
    # The content of "X's claim that ..." is the clause; of "X's criticism of ..." (PolNeAR's
    # convention) what was criticised.
    text = "There was no evidence for Mayor Lena Park's claim that the count was rigged."
    assert spans(text) == [("the count was rigged", "claim", "Lena Park")]
    with framescore.trying(accepting("criticism")):  # whether to keep it is the judge's call
        assert spans("Senator Tom Hale's criticism of the budget was sharp.") == [
            ("the budget", "criticism", "Tom Hale")
        ]


def test_a_predicate_adjective_can_name_the_report() -> None:
    with framescore.trying(accepting("confident", "critical")):
        assert spans("Senator Lena Park is confident that the bill will pass.") == [
            ("the bill will pass", "confident", "Lena Park")
        ]
        assert spans("Senator Lena Park has been critical of the budget.") == [
            ("the budget", "critical of", "Lena Park")
        ]


def test_a_report_noun_carried_by_a_verb_takes_its_subject() -> None:
    with framescore.trying(accepting("attack")):
        assert spans("Senator Lena Park responded with attacks on the budget.") == [
            ("the budget", "attacks", "Lena Park")
        ]


def test_a_report_noun_about_a_clause() -> None:
    # "views on how ...": the preposition's object is a clause, content all the same.
    with framescore.trying(accepting("view")):
        assert spans("Sam Ortiz also had strong views on how the council handled the flood.") == [
            ("how the council handled the flood", "views", "Sam Ortiz")
        ]
