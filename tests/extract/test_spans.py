"""``spans.py``: the edges of a content (punctuation, a complementiser, quotation marks, a
semicolon, a trailing time), a noun phrase's words, and what a preposition says. Ranges found by
searching invented sentences, so each case reads as the text it cuts. (``subtree_range`` and
``Stabbing`` are tested in test_linear.py.)"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotegraph import extract
from quotegraph.extract import spans

from .phenomena import parse, word


def _tokens(doc: Doc, words: str) -> tuple[int, int]:
    """Token range [lo, hi) of the first run of tokens whose text is ``words``."""
    at = doc.text.index(words)
    span = doc.char_span(at, at + len(words))
    assert span is not None, words
    return span.start, span.end


def _chars(doc: Doc, found: tuple[int, int] | None) -> str | None:
    return None if found is None else doc.text[found[0] : found[1]]


@pytest.mark.parametrize(
    ("text", "tokens", "content"),
    [
        ("Ruiz said that the bridge would open.", "that the bridge would open.", "the bridge would open"),
        ("Ruiz asked whether the bridge would open, she said.", "whether the bridge would open,", "the bridge would open"),
        ("Ruiz said the bridge would open; that was in May.", "the bridge would open; that was in May",
         "the bridge would open"),
        ("Ruiz said the bridge was “safe and sound” at last.", "the bridge was “safe and sound", "the bridge was “safe and sound”"),
        ("Ruiz said “the bridge would open.", "“the bridge would open", "the bridge would open"),
        ("Ruiz said the bridge would open and the road would close.", "the bridge would open and",
         "the bridge would open"),  # a conjunction whose second half is elsewhere
        ("Ruiz said , .", ", .", None),
    ],
)  # fmt: skip
def test_a_content_without_its_edges(text: str, tokens: str, content: str | None) -> None:
    doc = parse(text)
    assert _chars(doc, spans.span_chars(doc, *_tokens(doc, tokens))) == content


def test_a_semicolon_ends_a_content_unless_told_otherwise() -> None:
    doc = parse("Ruiz said the bridge would open; that was in May.")
    lo, hi = _tokens(doc, "the bridge would open; that was in May")
    assert (
        _chars(doc, spans.span_chars(doc, lo, hi, stop_at_semicolon=False))
        == "the bridge would open; that was in May"
    )


def test_a_noun_phrase_without_its_relative_clause() -> None:
    doc = parse("Ruiz spoke to the lawyer who represents the state.")
    lawyer = word(doc, "lawyer")
    assert spans.phrase_text(doc, lawyer) == "the lawyer"
    assert spans.phrase_text(doc, lawyer, cut_clauses=False) == "the lawyer who represents the state"


def test_a_trailing_time_is_cut_and_a_place_is_not() -> None:
    doc = parse("Ruiz praised the new bridge on Tuesday.")
    lo, hi = _tokens(doc, "the new bridge on Tuesday")
    assert doc[lo : spans.before_trailing_when(doc, lo, hi)].text == "the new bridge"
    doc = parse("Ruiz praised the new bridge on the river.")
    lo, hi = _tokens(doc, "the new bridge on the river")
    assert spans.before_trailing_when(doc, lo, hi) == hi


def test_what_a_preposition_says() -> None:
    doc = parse("Ruiz spoke at the hearing on Tuesday in a statement about the bridge.")
    assert spans.is_venue(word(doc, "at")) and spans.is_venue(word(doc, "in"))
    assert not spans.is_venue(word(doc, "about")) and not spans.is_venue(word(doc, "on"))
    assert spans.says_when(word(doc, "on")) and not spans.says_when(word(doc, "at"))
    assert spans.is_time(word(doc, "Tuesday")) and not spans.is_time(word(doc, "bridge"))


def test_marks_ranges_and_trimming() -> None:
    doc = parse("Ruiz said ''the bridge'' and, “the road”.")
    assert (
        spans.is_mark(word(doc, "''")) and spans.is_mark(word(doc, "“")) and not spans.is_mark(word(doc, ","))
    )
    bridge = word(doc, "bridge")
    assert spans.within((bridge.idx, bridge.idx + 6), bridge) and not spans.within(None, bridge)
    assert not spans.within((0, bridge.idx), bridge)
    lo, hi = _tokens(doc, "and, “the road”.")
    assert _chars(doc, spans.trimmed(doc, lo, hi)) == "the road"
    assert spans.trimmed(doc, *_tokens(doc, "”.")) is None


def test_a_comma_after_the_complementizer_is_no_part_of_the_content() -> None:
    """ "said that, in May, the pier ...": the complementizer and the comma after it both go."""
    quotes = extract("Lind said that, during the period when Okafor was mayor, the pier was closed.")
    assert [q.text for q in quotes] == ["during the period when Okafor was mayor, the pier was closed"]
