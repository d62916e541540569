"""Indirect reports: a complement clause or an object, and where the content ends.

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

from .phenomena import Row, every, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "indirect with that": (
        "Senator Lena Park said that the bill would pass by June.",
        [("the bill would pass by June", "indirect", "Lena Park", "said", None, None, "Senator")],
    ),
    "estimate": (
        "Tom Reyes estimated the repairs will cost about $2 million.",
        [("the repairs will cost about $2 million", "indirect", "Tom Reyes", "estimated", None, None, None)],
    ),
    "a content ends before 'according to'": (
        "Sam Ortiz said the bridge would cost $40 million more than planned, according to a council memo "
        "seen by reporters.",
        [("the bridge would cost $40 million more than planned", "indirect", "Sam Ortiz", "said", None, None, None)],
    ),
    "where and when it was said is not what was said": (
        "Senator Lena Park criticized the bridge plan during a campaign stop in Eastfield on Tuesday.",
        [("the bridge plan", "indirect", "Lena Park", "criticized", None, None, "Senator")],
    ),
    "a name after a cue that is not speech is not its subject": (
        "The council stopped short of fully endorsing Whitlock's plan to close the bridge.",
        [("Whitlock's plan to close the bridge", "indirect", None, "endorsing", None, None, None)],
    ),
}

test_phenomenon = phenomena(CASES)


def test_said_with_a_clause_the_parser_took_for_an_object() -> None:
    """ "said families ... file lawsuits", parsed as "said" with an object: the object and what
    follows it are what was said."""
    quotes = every(
        "When the moderator pointed out that Ortiz hadn't answered the question, the candidate said families "
        "of people killed by police file lawsuits."
    )
    said = [(q.text, q.type) for q in quotes if q.cue == "said"]
    assert said == [("families of people killed by police file lawsuits", "indirect")]
