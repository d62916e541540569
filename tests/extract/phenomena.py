"""What the phenomenon tests compare: the engine's whole output for an invented text, as rows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc, Token

import quotegraph
from quotegraph.extract.nlp import load_nlp
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
