"""Interviews printed as questions and answers (``interview.py``, ``labels.answers``)."""

from __future__ import annotations

import pytest

from quotegraph.extract.interview import find_interview

from .phenomena import every, parse

INTERVIEW = (
    "Mayor Ana Ruiz sat down with us this week. Ruiz talked about the harbour.\n\n"
    "Q: You have been talking about the ferries. Are they late?\n\n"
    "A: I said last year that the boats would be replaced.\n\n"
    "Q: And the bridge?\n\n"
    "A: The bridge will reopen in May."
)


def test_in_an_interview_i_is_the_interviewee_and_so_are_the_answers() -> None:
    quotes = {q.text: q for q in every(INTERVIEW)}
    said = quotes["the boats would be replaced"]
    assert (said.speaker, said.speaker_mention, said.kind) == ("Ana Ruiz", "I", "statement")
    answer = quotes["The bridge will reopen in May."]
    assert (answer.type, answer.speaker, answer.speaker_mention) == ("direct", "Ana Ruiz", "A")
    assert all(q.speaker != "Q" for q in quotes.values())


def test_an_article_without_answers_is_no_interview() -> None:
    text = "Q: Is the ferry late?\n\nQ: Is the bridge open?\n\nI said the bridge was closed."
    assert all(q.speaker is None for q in every(text))


def test_the_turns_and_the_interviewee_of_a_printed_interview() -> None:
    interview = find_interview(parse(INTERVIEW))
    assert interview is not None and interview.interviewee == "Ana Ruiz"
    assert [who for *_, who in interview.turns] == ["Q", "A", "Q", "A"]
    assert [INTERVIEW[s:e] for s, e in interview.answers()] == [
        "I said last year that the boats would be replaced.",
        "The bridge will reopen in May.",
    ]
    assert [INTERVIEW[s:e] for s, e in interview.labels()] == ["A", "A"]


def test_i_answering_and_you_asked_are_the_interviewee() -> None:
    interview = find_interview(parse(INTERVIEW))
    assert interview is not None
    answer = INTERVIEW.index("I said")
    question = INTERVIEW.index("You have")
    assert interview.turn_at(answer) == "A" and interview.turn_at(question) == "Q"
    assert interview.turn_at(INTERVIEW.index("Ruiz talked")) is None
    assert interview.is_interviewee("i", answer) and interview.is_interviewee("you", question)
    assert not interview.is_interviewee("i", question) and not interview.is_interviewee("you", answer)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz spoke.\n\nQ: Is the ferry late?\n\nA: Yes.",  # one question
        "Ana Ruiz spoke.\n\nQ: Is the ferry late?\n\nQ: Is the bridge open?",  # no answer
        "We spoke.\n\nQ: Is the ferry late?\n\nA: Yes.\n\nQ: And the bridge?\n\nA: No.",  # nobody named
    ],
)
def test_no_interview_without_two_questions_an_answer_and_a_name(text: str) -> None:
    assert find_interview(parse(text)) is None


def test_the_interviewee_is_named_without_the_occupation_run_into_the_name() -> None:
    text = (
        "Boatbuilder Mira Okafor has become a familiar figure on the docks.\n\n"
        "Q: What did you find in May?\n\nA: The ferry was gone.\n\nQ: Did the council help?\n\nA: No, no one did."
    )
    interview = find_interview(parse(text))
    assert interview is not None and interview.interviewee == "Mira Okafor"
