"""Character and token ranges of a frame's parts: a content's edges (punctuation, complementisers,
quotation marks, a trailing time), a phrase's words, and what a preposition says (a time, a venue)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.extract.lexicon import MEDIUM_NOUNS, QUOTE_CHARS, TIME_NAMES, TIME_WORDS, VENUE_NOUNS
from quotegraph.extract.nlp import lemma_of, text_of


def span_chars(doc: Doc, lo: int, hi: int, stop_at_semicolon: bool = True) -> tuple[int, int] | None:
    """Character range of tokens [lo, hi), with edge punctuation and a leading complementizer trimmed
    (quotation marks stay when the passage they open or close is inside). A semicolon ends the
    content: what follows is the writer's next clause, whatever the parser hung it on."""
    if stop_at_semicolon:
        for t in doc[lo:hi]:
            if t.text == ";" and t.i > lo:
                hi = t.i
                break
    while lo < hi and (doc[lo].is_punct and not is_mark(doc[lo]) or doc[lo].is_space):
        lo += 1
    while lo < hi and doc[lo].dep_ == "mark" and doc[lo].lower_ in ("that", "whether", "if"):
        lo += 1
    while hi > lo and (
        doc[hi - 1].is_punct and not is_mark(doc[hi - 1]) or doc[hi - 1].is_space or doc[hi - 1].dep_ == "cc"
    ):
        hi -= 1  # edge punctuation, or a conjunction whose second half the parser hung elsewhere
    if lo >= hi:
        return None
    span = doc[lo:hi]
    start, end = span.start_char, span.end_char
    text = text_of(doc)
    # Balance quotation marks at the edges: keep a closer whose opener is inside, drop a lone one.
    inner = text[start:end]
    opens = sum(inner.count(c) for c in "“«„")
    closes = sum(inner.count(c) for c in "”»")
    if opens > closes and end < len(text) and text[end] in '”»"':
        end += 1
    if (
        inner[:1] in QUOTE_CHARS
        and closes + inner.count('"') < 2
        and opens == 1
        and inner[-1:] not in QUOTE_CHARS
    ):
        start += 1
    return start, end


def is_mark(tok: Token) -> bool:
    """A quotation mark, or a pair of them standing for one ('' in older typesetting)."""
    return all(ch in QUOTE_CHARS for ch in tok.text)


def subtree_range(tok: Token, skip: set[int] = frozenset()) -> tuple[int, int]:  # type: ignore[assignment]
    idx = [t.i for t in tok.subtree if t.i not in skip]
    return min(idx), max(idx) + 1


def phrase_text(doc: Doc, tok: Token, cut_clauses: bool = True) -> str:
    """A noun phrase's words, without relative clauses and trailing punctuation."""
    drop: set[int] = set()
    if cut_clauses:
        for t in tok.subtree:
            if t.dep_ in ("relcl", "acl", "advcl", "appos") and t.i > tok.i and t.i not in drop:
                drop.update(x.i for x in t.subtree)
    toks = [t for t in tok.subtree if t.i not in drop]
    lo, hi = toks[0].i, toks[-1].i + 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].dep_ == "cc"):
        hi -= 1
    return doc[lo:hi].text.strip()


def before_trailing_when(doc: Doc, lo: int, hi: int) -> int:
    """The end of a span without a closing "on Tuesday", wherever the parser hung it."""
    last = hi - 1
    while last > lo and doc[last].is_punct:
        last -= 1
    prep = doc[last].head
    if doc[last].dep_ == "pobj" and lo < prep.i and says_when(prep) and prep.right_edge.i == last:
        return prep.i
    return hi


_PLACES_OF_SPEECH = VENUE_NOUNS | MEDIUM_NOUNS


def is_venue(prep: Token) -> bool:
    """ "at the hearing", "in a statement": where it was said, not what."""
    return prep.lower_ in ("at", "in", "during", "on") and any(
        c.dep_ == "pobj" and lemma_of(c) in _PLACES_OF_SPEECH for c in prep.children
    )


def says_when(prep: Token) -> bool:
    """ "on Tuesday", "in March": a preposition that says when, not what."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and is_time(c) for c in prep.children)


def is_time(tok: Token) -> bool:
    if tok.like_num or tok.ent_type_ in ("DATE", "TIME"):
        return True
    return tok.lower_ in TIME_WORDS or tok.lower_ in TIME_NAMES


def within(content: tuple[int, int] | None, tok: Token) -> bool:
    return content is not None and content[0] <= tok.idx < content[1]


def trimmed(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Characters of tokens [lo, hi) without edge punctuation or a dangling conjunction."""
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ == "cc"):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space or doc[hi - 1].dep_ in ("cc", "mark")):
        hi -= 1
    if lo >= hi:
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
