"""The dependency parser run paragraph by paragraph instead of article by article.

spaCy's parser advances every document of a batch one transition per step, so a batch of eight
articles takes as many steps as its longest article has transitions, the last few hundred of them
for one article alone. A paragraph always ends a sentence (``quotegraph_boundaries`` forces it),
so it can be parsed on its own: the paragraphs of a batch, sorted by length, go through the
parser in groups of similar length, each step advancing dozens of them at once. On PolNeAR dev
this halves the parser's time. The token vectors are the article's (context crosses paragraph
breaks as before), and each paragraph is parsed with the first token of the next one after it,
which the parser looks ahead to. What differs from the article-wide parse: a paragraph opens with
an empty parser state, where the article-wide parse could still carry the last one's stack (41
of dev's 81,742 tokens are parsed differently, at paragraph starts such as "7 p.m.", which the
article-wide parse split into two sentences).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

GROUP = 64
"""Paragraphs parsed together: on PolNeAR dev 32 to 64 are fastest (a group of 1,000 was slower
than the article-wide parse, its arrays out of the processor's cache)."""
GROUP_TOKENS = 8_000
"""At most this many tokens in a group (a news batch's 64 paragraphs hold about 3,000): the
parser keeps a table of each token's features, 4 KB a token, for the whole group."""
LOOKAHEAD = 1
"""Tokens of the next paragraph parsed after each one: the parser's features look one token past
the next word (spaCy's B(1)), and the next paragraph's first word always opens a sentence."""
_PARSE: list[int | str] = [HEAD, DEP, SENT_START]


def parse_by_paragraph(nlp: Language) -> bool:
    """Put the pipeline's parser, under its own name, inside a ``ParagraphParser``; ``False``
    when there is no parser or it is wrapped already."""
    if "parser" not in nlp.pipe_names or isinstance(nlp.get_pipe("parser"), ParagraphParser):
        return False
    nlp.add_pipe("quotegraph_paragraph_parser", name="quotegraph_paragraph_parser", after="parser")
    nlp.remove_pipe("parser")
    nlp.rename_pipe("quotegraph_paragraph_parser", "parser")
    return True


class ParagraphParser:
    """spaCy's parser, fed paragraphs. Everything else (its model, labels, scores) is the
    parser's own."""

    def __init__(self, parser: Any) -> None:
        self.parser = parser

    def __getattr__(self, name: str) -> Any:
        return getattr(self.parser, name)

    def __call__(self, doc: Doc) -> Doc:
        return self._parse([doc])[0]

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._parse(batch)
                batch = []
        if batch:
            yield from self._parse(batch)

    def _parse(self, docs: list[Doc]) -> list[Doc]:
        if any(d.tensor.shape[0] != len(d) for d in docs if len(d)):
            # no token vectors to share (a model without tok2vec): article by article, as spaCy
            return list(self.parser.pipe(docs, batch_size=len(docs)))
        pieces = [(doc, lo, hi, piece) for doc in docs if len(doc) for lo, hi, piece in _pieces(doc)]
        pieces.sort(key=lambda p: len(p[3]))
        for group in _groups([p[3] for p in pieces]):
            self.parser.set_annotations(group, self.parser.predict(group))
        parses = {id(doc): doc.to_array(_PARSE).astype("int64") for doc in docs}
        for doc, lo, hi, piece in pieces:
            parses[id(doc)][lo:hi] = piece.to_array(_PARSE).astype("int64")[: hi - lo]
        for doc in docs:
            if len(doc):
                doc.from_array(_PARSE, parses[id(doc)].astype("uint64"))  # type: ignore[arg-type]
        return docs


@Language.factory("quotegraph_paragraph_parser")
def _make(nlp: Language, name: str) -> ParagraphParser:
    return ParagraphParser(nlp.get_pipe("parser"))


def _groups(pieces: list[Doc]) -> Iterator[list[Doc]]:
    """The pieces, in order, ``GROUP`` at a time and no more than ``GROUP_TOKENS`` tokens (but
    one piece, however long)."""
    group: list[Doc] = []
    tokens = 0
    for piece in pieces:
        if group and (len(group) >= GROUP or tokens + len(piece) > GROUP_TOKENS):
            yield group
            group, tokens = [], 0
        group.append(piece)
        tokens += len(piece)
    if group:
        yield group


def paragraphs(doc: Doc, starts: numpy.ndarray | None = None) -> list[tuple[int, int]]:
    """Token ranges of the doc's paragraphs: runs between sentence starts set after a line break.
    A paragraph longer than ``LONGEST`` tokens is cut further where a sentence starts: where the
    sentence rules set one, or after a full stop, a question or an exclamation mark standing
    alone before a capital."""
    if starts is None:
        starts = doc.to_array(SENT_START).astype("int64")
    breaks = numpy.array(["\n" in t.text or "\n" in t.whitespace_ for t in doc[:-1]], dtype=bool)
    cuts = numpy.flatnonzero((starts[1:] == 1) & breaks) + 1
    bounds = [0, *cuts.tolist(), len(doc)]
    out: list[tuple[int, int]] = []
    for lo, hi in zip(bounds[:-1], bounds[1:], strict=True):
        if hi - lo <= LONGEST:
            out.append((lo, hi))
        else:
            out.extend(_shorter(_may_start(doc, starts, lo, hi), lo, hi))
    return out


LONGEST = 1_000
"""Tokens of a paragraph parsed at once: no news paragraph comes near it (PolNeAR's longest is a
few hundred), but a text of one endless paragraph ("“Yes,” Ann said. “No.” ..." a megabyte long)
would have the parser hold a table of every token's features at once, 4 KB a token, and slow down
more than in proportion."""
_STOPS = frozenset({".", "!", "?"})


def _may_start(doc: Doc, starts: numpy.ndarray, lo: int, hi: int) -> list[int]:
    """Tokens of (lo, hi) where a sentence starts or plainly may: set by the sentence rules, or
    a capitalised word after a stop that is a token of its own."""
    return [
        i
        for i in range(lo + 1, hi)
        if starts[i] == 1 or (starts[i] == 0 and doc[i - 1].text in _STOPS and doc[i].text[:1].isupper())
    ]


def _shorter(cuts: list[int], lo: int, hi: int) -> list[tuple[int, int]]:
    """[lo, hi) cut at some of ``cuts`` into runs of at most ``LONGEST`` tokens where it can."""
    out, at = [], lo
    for cut, after in zip(cuts, [*cuts[1:], hi][: len(cuts)], strict=True):
        if after - at > LONGEST and cut > at:
            out.append((at, cut))
            at = cut
    out.append((at, hi))
    return out


def _pieces(doc: Doc) -> Iterator[tuple[int, int, Doc]]:
    """Each paragraph's range and a doc of its tokens, with the next paragraph's first token after
    them, their sentence starts and their token vectors."""
    starts = doc.to_array(SENT_START).astype("int64")
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    for lo, hi in paragraphs(doc, starts):
        end = min(len(doc), hi + LOOKAHEAD)
        piece = Doc(doc.vocab, words=words[lo:end], spaces=spaces[lo:end])
        piece_starts = starts[lo:end].reshape(-1, 1).copy()
        piece_starts[0] = 1
        if end > hi:
            piece_starts[hi - lo] = 1  # the next piece's first word, which opens a sentence
        piece.from_array([SENT_START], piece_starts.astype("uint64"))  # type: ignore[arg-type]
        piece.tensor = doc.tensor[lo:end]
        yield lo, hi, piece
