"""Interviews printed as questions and answers ("Q: ..." / "A: ..."): the answers are the
interviewee's words, "I" in them is the interviewee, and so is "you" in the questions."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from quotegraph.extract.marks import paragraphs
from quotegraph.extract.naming import split_title
from quotegraph.extract.nlp import text_of

_TURN = re.compile(r"(Q|A)[:.][ \xa0]+(?=\S)")
FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
SECOND_PERSON = frozenset({"you", "your"})


@dataclass(frozen=True)
class Interview:
    """Where the questions and the answers are, and the name of who answers them."""

    interviewee: str
    turns: list[tuple[int, int, int, str]]
    """(paragraph start, words start, end, "Q" or "A") of each turn, in order."""

    def turn_at(self, at: int) -> str | None:
        i = bisect.bisect_right([t[0] for t in self.turns], at) - 1
        if i >= 0 and self.turns[i][0] <= at < self.turns[i][2]:
            return self.turns[i][3]
        return None

    def answers(self) -> list[tuple[int, int]]:
        """Character ranges of the answers' words, without their "A:" labels."""
        return [(s, e) for _, s, e, who in self.turns if who == "A"]

    def labels(self) -> list[tuple[int, int]]:
        """Character ranges of the "A" labels."""
        return [(p, p + 1) for p, _, _, who in self.turns if who == "A"]

    def is_interviewee(self, word: str, at: int) -> bool:
        """Does the pronoun at ``at`` stand for the interviewee ("I" answering, "you" asked)?"""
        turn = self.turn_at(at)
        return (turn == "A" and word in FIRST_PERSON) or (turn == "Q" and word in SECOND_PERSON)


def find_interview(doc: Doc) -> Interview | None:
    """The article's interview, if it prints at least two questions and one answer and names the
    person who answers: the person the text outside the turns names most often."""
    text = text_of(doc)
    turns: list[tuple[int, int, int, str]] = []
    for start, end in paragraphs(text):
        m = _TURN.match(text, start, end)
        if m is not None:
            while end > m.end() and text[end - 1].isspace():
                end -= 1
            turns.append((start, m.end(), end, m.group(1)))
    asked = sum(1 for *_, who in turns if who == "Q")
    if asked < 2 or asked == len(turns):
        return None
    in_turn = Interview("", turns)
    counts = Counter(
        ent.text.split()[-1]
        for ent in doc.ents
        if ent.label_ == "PERSON" and in_turn.turn_at(ent.start_char) is None
    )
    if not counts:
        return None
    surname = counts.most_common(1)[0][0]
    fullest = max((e for e in doc.ents if e.label_ == "PERSON" and e.text.split()[-1] == surname), key=len)
    # "Actress Diane Guerrero": the occupation the tagger ran into the name is no part of it.
    name, _ = split_title(list(fullest))
    named = doc[name[0].i : name[-1].i + 1].text if name else fullest.text
    return Interview(named.removesuffix("’s").removesuffix("'s"), turns)
