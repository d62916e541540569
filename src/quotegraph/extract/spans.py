"""Character and token ranges of a frame's parts: a content's edges (punctuation, complementisers,
quotation marks, a trailing time), a phrase's words, and what a preposition says (a time, a venue)."""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.tokens import Doc, Token

from quotegraph.extract.lexicon import MEDIUM_NOUNS, QUOTE_CHARS, TIME_NAMES, TIME_WORDS, VENUE_NOUNS
from quotegraph.extract.nlp import lemma_of, text_of


def span_chars(doc: Doc, lo: int, hi: int, stop_at_semicolon: bool = True) -> tuple[int, int] | None:
    """Character range of tokens [lo, hi), with edge punctuation and a leading complementizer trimmed
    (quotation marks stay when the passage they open or close is inside). A semicolon ends the
    content: what follows is the writer's next clause, whatever the parser hung it on."""
    if stop_at_semicolon:
        semicolons = _semicolons(doc)
        at = bisect_right(semicolons, lo)
        if at < len(semicolons) and semicolons[at] < hi:
            hi = semicolons[at]
    while lo < hi and (
        (doc[lo].is_punct and not is_mark(doc[lo]))
        or doc[lo].is_space
        or (doc[lo].dep_ == "mark" and doc[lo].lower_ in ("that", "whether", "if"))
    ):
        lo += 1  # edge punctuation and a complementizer, in either order ("said that, in May, ...")
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


def np_bounds(tok: Token) -> tuple[int, int]:
    """A noun phrase up to its head: the head with every modifier before it."""
    lo = min([t.left_edge.i for t in tok.lefts if t.dep_ not in ("punct", "cc")] + [tok.i])
    return lo, tok.i + 1


def is_mark(tok: Token) -> bool:
    """A quotation mark, or a pair of them standing for one ('' in older typesetting)."""
    return all(ch in QUOTE_CHARS for ch in tok.text)


def after_comma(doc: Doc, i: int) -> bool:
    """A comma right before word ``i``, or inside the quotation mark that closes right before it
    ('could be “messy,” adding that ...')."""
    if i < 1:
        return False
    before = doc[i - 1]
    return before.text == "," or (is_mark(before) and i > 1 and doc[i - 2].text == ",")


def subtree_range(tok: Token, skip: set[int] = frozenset()) -> tuple[int, int]:  # type: ignore[assignment]
    """Tokens [first, last + 1) of ``tok``'s subtree, leaving out the tokens in ``skip``."""
    if not skip:
        lows, highs = _subtree_edges(tok.doc)
        return lows[tok.i], highs[tok.i] + 1
    idx = [t.i for t in tok.subtree if t.i not in skip]
    return min(idx), max(idx) + 1


_EDGES = "quotegraph_subtree_edges"
_SEMICOLONS = "quotegraph_semicolons"


def _subtree_edges(doc: Doc) -> tuple[list[int], list[int]]:
    """The first and last token of every token's subtree, computed once per document in one pass
    from the leaves up. ``Token.subtree`` walks nested generators (time grows with the subtree's
    size times its depth, per call), and spaCy's ``left_edge``/``right_edge`` can miss a word
    hung across another arc, so neither serves a per-cue question."""
    cached = doc.user_data.get(_EDGES)
    if cached is not None and len(cached[0]) == len(doc):
        return cached  # type: ignore[no-any-return]
    n = len(doc)
    heads = numpy.arange(n, dtype="int64")
    if n:
        heads += doc.to_array("HEAD").astype("int64")
    lows, highs = edges_of(heads)
    doc.user_data[_EDGES] = (lows, highs)
    return lows, highs


def edges_of(heads: numpy.ndarray) -> tuple[list[int], list[int]]:
    """The first and last token of every token's subtree, given each token's head (itself for a
    root): the deepest tokens first, a level at a time, so that a token's edges are final before
    it hands them to its head."""
    depth = _depths(heads)
    if depth is None:
        return _edges_by_walks(heads.tolist())
    n = len(heads)
    low, high = numpy.arange(n, dtype="int64"), numpy.arange(n, dtype="int64")
    order = numpy.argsort(-depth, kind="stable")
    bounds = numpy.flatnonzero(numpy.diff(depth[order])) + 1
    for level in numpy.split(order, bounds):
        if len(level) and depth[level[0]] > 0:
            numpy.minimum.at(low, heads[level], low[level])
            numpy.maximum.at(high, heads[level], high[level])
    return low.tolist(), high.tolist()


def _depths(heads: numpy.ndarray) -> numpy.ndarray | None:
    """Every token's distance from its root, by pointer doubling; None when the heads hold a
    cycle (no parser makes one)."""
    n = len(heads)
    up = heads.copy()
    depth = (heads != numpy.arange(n)).astype("int64")
    for _ in range(max(1, n).bit_length() + 1):
        higher = up[up]
        if numpy.array_equal(higher, up):
            return depth if numpy.array_equal(heads[up], up) else None  # all reached a root
        depth = depth + depth[up]
        up = higher
    return None


def _edges_by_walks(heads: list[int]) -> tuple[list[int], list[int]]:
    """The edges for heads that may hold a cycle: each token's path walked up to a known depth."""
    n = len(heads)
    depth = [-1] * n
    for i in range(n):
        path: list[int] = []
        j = i
        while depth[j] < 0 and heads[j] != j and len(path) <= n:
            path.append(j)
            j = heads[j]
        base = max(depth[j], 0)
        for k in reversed(path):
            base += 1
            depth[k] = base
        if depth[i] < 0:
            depth[i] = 0
    lows, highs = list(range(n)), list(range(n))
    for i in sorted(range(n), key=depth.__getitem__, reverse=True):
        h = heads[i]
        if h != i:
            lows[h] = min(lows[h], lows[i])
            highs[h] = max(highs[h], highs[i])
    return lows, highs


def _semicolons(doc: Doc) -> list[int]:
    """The indices of the document's semicolon tokens, found once."""
    cached = doc.user_data.get(_SEMICOLONS)
    if cached is None:
        cached = doc.user_data[_SEMICOLONS] = [t.i for t in doc if t.text == ";"]
    return cached  # type: ignore[no-any-return]


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


class Stabbing:
    """Character ranges by key, asked which of them may hold a given offset: each range is
    filed under the fixed-size blocks it covers, so a question costs the ranges near the offset,
    not all of them. Ranges may shrink after they are added (the answer is then a superset: check
    it); one that grows must be added again."""

    BLOCK = 256

    def __init__(self) -> None:
        self._blocks: dict[int, list[int]] = {}
        self._filed: dict[int, tuple[int, int]] = {}

    def add(self, key: int, lo: int, hi: int) -> None:
        first, last = lo // self.BLOCK, max(lo, hi - 1) // self.BLOCK
        filed = self._filed.get(key)
        if filed is None:
            new = range(first, last + 1)
        else:  # only the blocks a grown range newly covers
            new = [*range(first, filed[0]), *range(filed[1] + 1, last + 1)]  # type: ignore[assignment]
            first, last = min(first, filed[0]), max(last, filed[1])
        for b in new:
            self._blocks.setdefault(b, []).append(key)
        self._filed[key] = (first, last)

    def near(self, at: int) -> list[int]:
        """The keys of the ranges that may hold offset ``at``, in ascending order."""
        return sorted(set(self._blocks.get(at // self.BLOCK, ())))


_GLOSS_BREAKS = frozenset({",", "—", "–", "--", "-"})
_RELATIVES = frozenset({"which", "who", "whom", "whose"})
"""Pronouns of a relative clause set off by a comma ("that" opens none)."""


def before_gloss(doc: Doc, cs: int, ce: int) -> int:
    """Reported content ends before the writer's gloss that closes it: a relative clause or a
    describing noun phrase set off by a comma or a dash, running to the content's end ("...
    stop in Harbour City, which votes on March 1"; "... repeal the Hyde Amendment, a
    longstanding provision that ..."; "... inside the hall — a message that has not been
    heeded"). A gloss that holds quotation marks is the speaker's words and stays, and so does
    a list ("on Israel, the nuclear deal and the court") or a name ("his rival, Hillary
    Clinton")."""
    span = doc.char_span(cs, ce, alignment_mode="expand")
    if span is None or len(span) < 6:
        return ce
    end = span.end
    while end > span.start and doc[end - 1].is_punct and doc[end - 1].text not in _GLOSS_BREAKS:
        end -= 1
    for t in span[3:]:
        if t.i >= end - 1 or t.text not in _GLOSS_BREAKS:
            continue
        if t.text == "-" and not t.whitespace_:
            continue  # a hyphen inside a word ("up-skill")
        first = doc[t.i + 1]
        head = first  # the phrase's head: its highest word before the content's end
        while head.head.i != head.i and t.i < head.head.i < end:
            head = head.head
        lo, hi = subtree_range(head)
        if lo != first.i or hi < end:
            continue  # not one phrase from the break to the end
        gloss = text_of(doc)[t.idx : doc[end - 1].idx + len(doc[end - 1])]
        if any(c in QUOTE_CHARS for c in gloss):
            continue
        if _is_gloss(t, first, head):
            last = doc[t.i - 1]
            cut = last.idx + len(last)
            return cut if cut - cs >= 10 else ce
    return ce


_DESCRIBING = frozenset({"a", "an", "the", "another", "one"})


def _is_gloss(brk: Token, first: Token, head: Token) -> bool:
    if any(t.dep_ == "cc" for t in head.subtree):
        return False  # a list ("on Israel, the nuclear deal and the court"), not a gloss
    if head.dep_ == "relcl":
        return first.lower_ in _RELATIVES
    # A noun phrase that describes ("a longstanding provision that ..."), not one that names
    # ("his rival, Hillary Clinton"; "San Bernardino, Calif.") or counts ("45 percent to 42").
    apposed = head.dep_ == "appos" or (brk.text != "," and head.dep_ in ("npadvmod", "dep"))
    return apposed and head.pos_ == "NOUN" and first.lower_ in _DESCRIBING and head.head.i < brk.i
