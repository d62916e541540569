"""A label before a colon at the head of a paragraph gives the speaker of what follows:
transcripts ("WALLACE: ..."), headlines that name a person the article names ("Okafor: ..."),
sources as a headline gives them ("Okafor camp: ...", "Insiders: ..."), and what a poll or
report found ("Poll: ..."). A newsroom's own labels ("Editor's note:", "Exclusive:") give none
(``labels.py``)."""

from __future__ import annotations

import quotegraph
from quotegraph.model import Quote

from .phenomena import Row, phenomena


def every(text: str) -> list[Quote]:
    return quotegraph.extract(text, scope="all", min_confidence=0.0)


def labelled(text: str) -> list[tuple[str | None, str | None, str, str]]:
    return [(q.speaker, q.speaker_kind, q.kind, q.text) for q in every(text) if q.cue is None]


CASES: dict[str, tuple[str, list[Row]]] = {
    "transcript label": (
        "HOLT: Will you accept the result of the election tonight?",
        [("Will you accept the result of the election tonight?", "direct", "Holt", None, None, None, None)],
    ),
    "a headline label: a title, a name and a colon": (
        "Dr. Ann Lee: Sam Ortiz ‘Not Fit To Serve As Mayor Of The City.’\n\nThe mayor said nothing.",
        [("Sam Ortiz ‘Not Fit To Serve As Mayor Of The City.’", "mixed", "Ann Lee", None, None, None, None)],
    ),
}
"""Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

test_phenomenon = phenomena(CASES)


ARTICLE = "\n\nMayor Tunde Okafor spoke to reporters at the harbour on Monday morning."


def test_a_headline_label_that_is_a_person_the_article_names() -> None:
    text = "Okafor: the ferry should have been repaired years ago." + ARTICLE
    assert labelled(text) == [
        ("Tunde Okafor", "person", "statement", "the ferry should have been repaired years ago.")
    ]


def test_a_report_inside_the_labelled_words_is_part_of_them() -> None:
    text = "Okafor: Council should have thanked me for fixing the harbour." + ARTICLE
    quotes = every(text)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Tunde Okafor", "Council should have thanked me for fixing the harbour.")
    ]


def test_sources_as_the_headline_gives_them() -> None:
    assert labelled("Okafor camp: the ferry plan is dead." + ARTICLE) == [
        ("Okafor camp", "group", "statement", "the ferry plan is dead.")
    ]
    assert labelled("Insiders: Okafor will run again." + ARTICLE) == [
        ("Insiders", "unnamed", "statement", "Okafor will run again.")
    ]


def test_what_a_poll_found_is_a_finding() -> None:
    assert labelled("Poll: Okafor and Lee in dead heat." + ARTICLE) == [
        ("Poll", "organisation", "finding", "Okafor and Lee in dead heat.")
    ]


def test_a_newsroom_label_or_a_topic_gives_no_speaker() -> None:
    for label in ("Editor’s note", "EXCLUSIVE", "UPDATE", "Exclusive", "Frustration with police", "Q"):
        assert labelled(f"{label}: Okafor will run again for mayor." + ARTICLE) == [], label
