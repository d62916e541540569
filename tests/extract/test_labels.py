"""A label before a colon at the head of a paragraph gives the speaker of what follows:
transcripts ("WALLACE: ..."), headlines that name a person the article names ("Okafor: ..."),
sources as a headline gives them ("Okafor camp: ...", "Insiders: ..."), and what a poll or
report found ("Poll: ..."). A newsroom's own labels ("Editor's note:", "Exclusive:") give none."""

from __future__ import annotations

import quotegraph
from quotegraph.model import Quote


def every(text: str) -> list[Quote]:
    return quotegraph.extract(text, scope="all", min_confidence=0.0)


def labelled(text: str) -> list[tuple[str | None, str | None, str, str]]:
    return [(q.speaker, q.speaker_kind, q.kind, q.text) for q in every(text) if q.cue is None]


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
