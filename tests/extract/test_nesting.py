"""Reports inside reports: an inner report with its own reporter stands apart from the outer one
(``nesting.py``, ``assemble.py``).

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

import pytest

from quotegraph.extract.cues import find_frames
from quotegraph.extract.nesting import cut_adjunct_report

from .phenomena import Row, attributions, parse, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "a report in an adverbial clause of another keeps its own speaker": (
        "Mayor Dana Whitlock praised the new bridge on Monday as her deputy, Sam Ortiz, insisted that the old one was safe.",
        [
            ("the new bridge", "indirect", "Dana Whitlock", "praised", None, None, "Mayor"),
            ("the old one was safe", "indirect", "Sam Ortiz", "insisted", None, None, "her deputy"),
        ],
    ),
    "a relative clause with its own reporter ends the outer content": (
        "Sam Ortiz accused the council of trying to block a rule change that he said would make it harder to "
        "reopen the fight.",
        [
            (
                "the council of trying to block a rule change",
                "indirect",
                "Sam Ortiz",
                "accused",
                None,
                None,
                None,
            ),
            (
                "that he said would make it harder to reopen the fight",
                "indirect",
                "Sam Ortiz",
                "said",
                None,
                None,
                None,
            ),
        ],
    ),
    "the reporter inside a relative clause, not the relative pronoun": (
        "Mrs. Whitlock had previously sent the emails to the State Department, which she said represented all "
        "her work emails.",
        [("represented all her work emails", "indirect", "Whitlock", "said", None, None, None)],
    ),
    "a report with no reporter yields to one inside it that has one": (
        "The statement was later clarified to reflect that Dana Whitlock said a new vote on the bridge was needed.",
        [("a new vote on the bridge was needed", "indirect", "Dana Whitlock", "said", None, None, None)],
    ),
    "a cue of speech joined by 'and' to the content's verb reports again": (
        "Mayor Ruth Okafor said Monday that she will try to form a stable council and insisted that her party was "
        '"still the first force in Harbour City."',
        [
            ("she will try to form a stable council", "indirect", "Ruth Okafor", "said", None, None, "Mayor"),
            (
                'her party was "still the first force in Harbour City."',
                "mixed",
                "Ruth Okafor",
                "insisted",
                None,
                None,
                "Mayor",
            ),
        ],
    ),
    "the second cue's reporter is the first one's, not the content's subject": (
        "Omar Reyes said the plan would fail and argued that the levy should go.",
        [
            ("the plan would fail", "indirect", "Omar Reyes", "said", None, None, None),
            ("the levy should go", "indirect", "Omar Reyes", "argued", None, None, None),
        ],
    ),
    "a content of two clauses stays one": (
        "Omar Reyes said that the ferry is late and the bridge is closed.",
        [("the ferry is late and the bridge is closed", "indirect", "Omar Reyes", "said", None, None, None)],
    ),
    "a participle of speech after a quotation's closing comma reports again": (
        "Omar Reyes said the vote could be “messy,” adding that the council had “no choice.”",
        [
            ("the vote could be “messy,”", "mixed", "Omar Reyes", "said", None, None, None),
            ("the council had “no choice.”", "mixed", "Omar Reyes", "adding", None, None, None),
        ],
    ),
}

test_phenomenon = phenomena(CASES)


def _cut(text: str, outer: str, inner: str) -> tuple[bool, str | None]:
    """Whether ``cut_adjunct_report`` cut the ``outer`` cue's content at the ``inner`` cue's report,
    and the outer content after it."""
    doc = parse(text)
    frames = {f.cue.lemma: f for f in find_frames(doc, lambda at: False, judge=False)}
    cut = cut_adjunct_report(doc, frames[outer], frames[inner])
    content = frames[outer].content
    return cut, text[content[0] : content[1]] if content else None


@pytest.mark.parametrize(
    ("text", "outer", "inner", "left"),
    [
        (  # a relative clause with a reporter of its own at the content's end
            "Sam Ortiz accused the council of trying to block a rule change that he said would make it harder to "
            "reopen the fight.",
            "accuse", "say", "the council of trying to block a rule change",
        ),
        (  # the same reporter reporting again in a participle
            "Mayor Dana Whitlock defended the plan on Monday, saying she understood the anger over the bridge.",
            "defend", "say", "the plan",
        ),
        (  # the writer's "though": a second report beside the first
            "Maria Navarro said the ferry timetable would change in the spring, though she noted fares are likely "
            "to stay the same.",
            "say", "note", "the ferry timetable would change in the spring",
        ),
    ],
)  # fmt: skip
def test_an_adjunct_report_at_the_content_s_edge_is_cut_off(
    text: str, outer: str, inner: str, left: str
) -> None:
    assert _cut(text, outer, inner) == (True, left)


@pytest.mark.parametrize(
    ("text", "outer", "inner", "content"),
    [
        (  # a report in the complement is part of what was said
            "Sam Ortiz said that Ann Lee insisted the road was safe.",
            "say", "insist", "Ann Lee insisted the road was safe",
        ),
        (  # a reason may be reported
            "Omar Reyes said the plan failed because he cannot defend its cost.",
            "say", "defend", "the plan failed because he cannot defend its cost",
        ),
    ],
)  # fmt: skip
def test_a_report_inside_the_content_stays_in_it(text: str, outer: str, inner: str, content: str) -> None:
    assert _cut(text, outer, inner) == (False, content)


def test_a_writers_adverbial_report_stands_apart() -> None:
    text = (
        "Maria Navarro said the ferry timetable would change in the spring, "
        "though she noted fares are likely to stay the same."
    )
    found = attributions(text)
    assert ("the ferry timetable would change in the spring", "Maria Navarro", "said", "statement") in found
    assert ("fares are likely to stay the same", "Maria Navarro", "noted", "statement") in found


def test_a_reason_clause_stays_inside_the_report() -> None:
    text = "Council spokesman Omar Reyes said the plan failed because he cannot defend its cost."
    assert attributions(text)[0][0] == "the plan failed because he cannot defend its cost"
