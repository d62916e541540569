"""What the phenomenon tests compare: the engine's whole output for an invented text, as rows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc, Token

import quotegraph
from quotegraph.extract.cues import find_frames
from quotegraph.extract.marks import find_marked
from quotegraph.extract.nlp import load_nlp
from quotegraph.extract.passages import Attribution
from quotegraph.extract.speakers import Speakers
from quotegraph.model import Quote

Row = tuple[str, str, str | None, str | None, str | None, str | None, str | None]
"""(quote text, type, speaker, cue, addressee, target, role)"""


def every(text: str) -> list[Quote]:
    """The engine's whole output: every kind of attribution, at any confidence (the default
    selection, statements above a floor, has tests of its own in test_selection.py)."""
    return quotegraph.extract(text, scope="all", min_confidence=0.0)


def rows(text: str) -> list[Row]:
    return [(q.text, q.type, q.speaker, q.cue, q.addressee, q.target, q.role) for q in every(text)]


def phenomena(cases: dict[str, tuple[str, list[Row]]]) -> Callable[[str], None]:
    """One test per case: the text's rows are exactly the expected ones."""

    @pytest.mark.parametrize("name", list(cases))
    def test_phenomenon(name: str) -> None:
        text, expected = cases[name]
        assert rows(text) == expected

    return test_phenomenon


def parse(text: str) -> Doc:
    """The text through the pipeline extraction uses, up to attribution (names from the tagger)."""
    return load_nlp(ner=False)(text)


def word(doc: Doc, text: str, nth: int = 0) -> Token:
    """The ``nth`` token whose text is ``text``."""
    return [t for t in doc if t.text == text][nth]


class Article:
    """One text parsed as extraction sees it: its marked passages, frames and people."""

    def __init__(self, text: str):
        self.text = text
        self.doc = parse(text)
        self.marked = find_marked(text)

        def inside(at: int) -> bool:
            return any(m.open_at <= at <= (m.end if m.close_at is None else m.close_at) for m in self.marked)

        self.frames = find_frames(self.doc, inside)
        self.people = Speakers(
            self.doc, inside, [f.source for f in self.frames if f.source], [f.content for f in self.frames if f.content]
        )

    def found(self, att: Attribution | None) -> tuple[str | None, str | None, str] | None:
        """(speaker, mention, how) of an attribution."""
        return None if att is None else (att.speaker, att.mention, att.how)


def attributions(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(text, speaker, cue, kind) of every attribution at any confidence."""
    return [(q.text, q.speaker, q.cue, q.kind) for q in every(text)]
