"""Interviews printed as questions and answers (``interview.py``, ``labels.answers``)."""

from __future__ import annotations

from .phenomena import every

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
