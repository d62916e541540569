"""A label before a colon at the head of a paragraph gives the speaker of what follows:
transcripts ("WALLACE: ..."), headlines that name a person the article names ("Okafor: ..."),
sources as a headline gives them ("Okafor camp: ...", "Insiders: ..."), and what a poll or
report found ("Poll: ..."). A newsroom's own labels ("Editor's note:", "Exclusive:") give none
(``labels.py``)."""

from __future__ import annotations

import pytest

import quotegraph
from quotegraph.extract import labels
from quotegraph.extract.emit import Evidence
from quotegraph.model import Quote

from .phenomena import Article, Row, phenomena


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


def test_what_a_poll_found_is_its_statement() -> None:
    """As "according to a poll" is."""
    assert labelled("Poll: Okafor and Lee in dead heat." + ARTICLE) == [
        ("Poll", "organisation", "statement", "Okafor and Lee in dead heat.")
    ]


def test_a_newsroom_label_or_a_topic_gives_no_speaker() -> None:
    for label in (
        "Editor’s note",
        "EXCLUSIVE",
        "UPDATE",
        "Exclusive",
        "Frustration with police",
        "Q",
        "BYLINE",
        "LOOK",
    ):
        assert labelled(f"{label}: Okafor will run again for mayor." + ARTICLE) == [], label


def test_a_headline_s_kicker_gives_no_speaker_and_an_outlet_does() -> None:
    for label in ("THE FIX IS IN", "The Ninth Circle", "Monday’s Morning Email", "Big Win For Okafor"):
        assert labelled(f"{label}: Okafor Will Run Again For Mayor." + ARTICLE) == [], label
    assert [q[0] for q in labelled("Harbour Times: Okafor Will Run Again." + ARTICLE)] == ["Harbour Times"]


def _by_label(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    article = Article(text)
    evidence: Evidence = {}
    quotes = labels.labelled(article.doc, article.people, evidence)
    assert set(evidence) == {(q.start, q.end) for q in quotes}
    assert all(how == "label" for how, *_ in evidence.values())
    return [(q.text, q.type, q.speaker, q.speaker_mention, q.speaker_kind) for q in quotes]


def test_a_transcript_label_in_capitals_is_a_person_s_direct_quote() -> None:
    text = "HOLT: Will you accept the result tonight?\n\nREYES: I will, of course."
    assert _by_label(text) == [
        ("Will you accept the result tonight?", "direct", "Holt", "HOLT", "person"),
        ("I will, of course.", "direct", "Reyes", "REYES", "person"),
    ]


def test_a_headline_label_a_title_and_a_name_before_the_colon() -> None:
    text = "Dr. Ann Lee: Sam Ortiz ‘Not Fit To Serve As Mayor.’\n\nThe mayor said nothing."
    assert _by_label(text) == [
        ("Sam Ortiz ‘Not Fit To Serve As Mayor.’", "mixed", "Ann Lee", "Dr. Ann Lee", "person")
    ]
    plain = "Dr. Ann Lee: Sam Ortiz is not fit to serve.\n\nThe mayor said nothing."
    assert [row[:3] for row in _by_label(plain)] == [
        ("Sam Ortiz is not fit to serve.", "indirect", "Ann Lee")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Update: the bridge will open in May.",  # a word and a colon: no name
        "The plan was simple: build the bridge by May.",  # a colon inside the paragraph
        "A: The bridge will open in May.",  # a one-letter label is no transcript speaker
    ],
)
def test_a_colon_after_no_name_is_no_label(text: str) -> None:
    assert _by_label(text) == []


INTERVIEW = (
    "Mayor Ana Ruiz sat down with us this week. Ruiz talked about the harbour.\n\n"
    "Q: Are the ferries late?\n\nA: They were late last year.\n\nQ: And the bridge?\n\nA: The bridge will reopen in May."
)


def test_an_interview_s_answers_are_the_interviewee_s_direct_quotes() -> None:
    article = Article(INTERVIEW)
    evidence: Evidence = {}
    quotes = labels.answers(article.doc, article.people, evidence)
    assert [(q.text, q.type, q.speaker, q.speaker_mention) for q in quotes] == [
        ("They were late last year.", "direct", "Ana Ruiz", "A"),
        ("The bridge will reopen in May.", "direct", "Ana Ruiz", "A"),
    ]
    assert all(INTERVIEW[q.speaker_span[0] : q.speaker_span[1]] == "A" for q in quotes if q.speaker_span)
    assert [how for how, *_ in evidence.values()] == ["interview", "interview"]
    no_interview = Article("Ana Ruiz spoke.\n\nA: The bridge will reopen in May.")
    assert labels.answers(no_interview.doc, no_interview.people, {}) == []


def test_a_transcript_label_is_the_name_whoever_its_line_names() -> None:
    """ "RAMOS: Secretary Okafor, ...": Ramos asks; the line names Okafor, who answers after."""
    text = (
        "Mayor Ruth Okafor spoke at the forum. Partial transcript:\n\n"
        "RAMOS: Secretary Okafor, on the night of the storm you sent an email to your daughter.\n\n"
        "OKAFOR: I did, and I said so."
    )
    assert [(q.speaker, q.speaker_mention) for q in every(text)] == [
        ("Ramos", "RAMOS"),
        ("Ruth Okafor", "OKAFOR"),
    ]


def test_a_speaker_s_words_that_run_over_paragraphs_are_one_statement() -> None:
    """Each paragraph opens with the mark the one before left open: the same speaker goes on."""
    text = (
        "WALLACE: Do you see those two as equivalent?\n\n"
        '"OKAFOR: Well, look, Lee has been saying some tough things about my running mate.\n\n'
        '"But the truth is that the harbour plan has a unique way of reaching people.\n\n'
        "“Lee is not about that,” Ruiz said."
    )
    quotes = every(text)
    okafor = [q for q in quotes if q.speaker_mention == "OKAFOR"]
    assert [(q.speaker, q.text[:10]) for q in okafor] == [("Okafor", "Well, look"), ("Okafor", "But the tr")]
    assert okafor[0].group is not None and okafor[0].group == okafor[1].group
    # A paragraph opening with another mark is a quotation of its own.
    assert [q.speaker for q in quotes if q.text.startswith("Lee is not")] == ["Ruiz"]


@pytest.mark.parametrize("body", ["1,769.", "46 %", "2-1", "2016."])
def test_a_label_before_a_figure_is_a_table_line_not_a_quote(body: str) -> None:
    """ "Okafor: 1,769." in a tally of delegates says nothing; "Okafor: 17 ferries by May." does."""
    text = f"Ann Lee: 1,201.\n\nTunde Okafor: {body}\n\nMayor Tunde Okafor leads the count."
    assert _by_label(text) == []
    assert [row[:3] for row in _by_label(text.replace(body, "17 ferries by May."))] == [
        ("17 ferries by May.", "indirect", "Tunde Okafor")
    ]


def test_a_paper_s_own_voice_and_scholars_are_sources_a_headline_gives() -> None:
    assert labelled("WSJ editorial: 'Deport Tunde Okafor.'" + ARTICLE) == [
        ("WSJ editorial", "organisation", "statement", "'Deport Tunde Okafor.'")
    ]
    assert labelled("Historians: Okafor, Lee linked no matter what;" + ARTICLE) == [
        ("Historians", "group", "statement", "Okafor, Lee linked no matter what;")
    ]


def test_two_labelled_turns_in_one_paragraph() -> None:
    """'Lind: "..." Reyes: "..."': the second label starts a turn of its own after the first
    quotation closes; Reyes's words are not Lind's."""
    text = (
        "Mayor Ana Lind and Councillor Omar Reyes, among others, reject the term delay.\n"
        'Lind: "Our goal is not to delay the pier, but to finish it." Reyes: "The mission is to finish the pier -- '
        'not to delay it."'
    )
    found = {q.text.strip('"'): q.speaker for q in every(text) if q.cue is None}
    assert found == {
        "Our goal is not to delay the pier, but to finish it.": "Ana Lind",
        "The mission is to finish the pier -- not to delay it.": "Omar Reyes",
    }
