"""Whether two reports print the same words, and where they differ: word alignment of quotations.

Words are compared as ``minhash.words`` gives them: case, punctuation and typographic marks aside.
An elision marked with an ellipsis ("... ", "…", "[...]") may stand for any run of words, and a report
may quote only a part of another. Anything else that differs inside the quotation marks (a word
changed, added or dropped) is an alteration.

``align`` puts the shorter report inside the longer one (a semi-global alignment: the longer's words
before and after the shorter's cost nothing, nor do the words an ellipsis stands for) and counts
the alterations; two reports are one statement when the shorter's words are mostly found there
(``matches``), so a one-word change in a ten-word quote keeps its cluster and is flagged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import numpy as np

from quotegraph.resolve.minhash import words

Wording = Literal["earliest", "same", "altered", "paraphrase"]
ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){3}\]|\.\s*\.\s*\.|…")
ALTERED_CONTEXT = 6
"""Words that must agree around an alteration: "going to be a race" is not "going to be a big sister"."""
MAX_ALIGN_WORDS = 400
"""Longer quotes are compared by their words' overlap alone (an alignment costs their product)."""


@dataclass(frozen=True)
class Words:
    """A report's words, with where its ellipses stand: ``gaps[i]`` is an elision before word ``i``."""

    words: tuple[str, ...]
    gaps: frozenset[int] = frozenset()
    spaced: str = field(init=False, repr=False, compare=False)
    """The words between single spaces, with a space before and after, to find runs in."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "spaced", " " + " ".join(self.words) + " ")

    @classmethod
    def of(cls, text: str) -> Words:
        if ELLIPSIS.search(text) is None:
            return cls(tuple(words(text)))
        out: list[str] = []
        gaps: set[int] = set()
        for k, part in enumerate(ELLIPSIS.split(text)):
            if k:
                gaps.add(len(out))
            out += words(part)
        return cls(tuple(out), frozenset(gaps))

    def __len__(self) -> int:
        return len(self.words)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(self.words)

    def segments(self) -> list[tuple[str, ...]]:
        cuts = [0, *sorted(g for g in self.gaps if 0 < g < len(self.words)), len(self.words)]
        return [self.words[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


@dataclass(frozen=True)
class Alignment:
    matched: int
    """Words of the shorter report found, in order, in the longer (at least)."""
    altered: int
    """Words changed, added or dropped inside the span they share (elisions aside)."""
    shorter: int


def excerpt(part: Words, whole: Words) -> bool:
    """Whether ``part`` is ``whole``'s words, whole or in part, with elisions marked: each run between
    ellipses found in ``whole`` in order (an empty ``part`` is no excerpt)."""
    if not part.words:
        return False
    text = whole.spaced
    if not part.gaps:
        return part.spaced in text
    at = 0
    for segment in part.segments():
        found = text.find(" " + " ".join(segment) + " ", at)
        if found < 0:
            return False
        at = found + len(" ".join(segment)) + 1
    return True


def align(a: Words, b: Words) -> Alignment:
    """The shorter of ``a`` and ``b`` aligned inside the longer, at the fewest alterations."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if excerpt(short, long):
        return Alignment(len(short), 0, len(short))
    if len(short) * len(long) > MAX_ALIGN_WORDS * MAX_ALIGN_WORDS // 4:
        shared = sum((Counter(short.words) & Counter(long.words)).values())
        return Alignment(shared, len(short) - shared, len(short))
    return _semi_global(short, long)


def _semi_global(short: Words, long: Words) -> Alignment:
    """Edit distance of ``short`` against its best window of ``long``; skipping ``long``'s words is free
    before ``short`` starts, after it ends and where ``short`` has an ellipsis. One numpy pass per
    word of ``short``: a word of ``long`` left out is a running minimum along the row."""
    vocab: dict[str, int] = {}
    s = np.array([vocab.setdefault(w, len(vocab)) for w in short.words], dtype=np.int64)
    t = np.array([vocab.get(w, -1) for w in long.words], dtype=np.int64)
    m = len(t)
    steps = np.arange(m + 1)
    cost = np.zeros(m + 1, dtype=np.int64)  # row 0: short not begun, anywhere in long, for free
    for i, word in enumerate(s.tolist()):
        if i in short.gaps:
            cost = np.minimum.accumulate(cost)
        row = np.empty(m + 1, dtype=np.int64)
        row[0] = cost[0] + 1
        row[1:] = np.minimum(cost[:-1] + (t != word), cost[1:] + 1)
        cost = np.minimum.accumulate(row - steps) + steps  # words of long left out, one each
    altered = int(np.min(cost))
    return Alignment(len(short) - altered, altered, len(short))


def matches(a: Words, b: Words, tolerance: float = 0.2, at_most: int | None = None) -> bool:
    """One statement: the shorter found in the longer with at most ``tolerance`` of its words (one at
    least, ``at_most`` at most) altered, and more words found than altered; an alteration only with
    ``ALTERED_CONTEXT`` words agreeing."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    shorter = len(short)
    if shorter < 2:
        return False
    if excerpt(short, long):
        return True
    allowed = max(1, int(shorter * tolerance))
    if at_most is not None:
        allowed = min(allowed, at_most)
    if sum(w in long.vocabulary for w in short.words) < shorter - allowed:
        return False  # an alignment finds no more words than the longer holds
    found = align(short, long)
    if found.altered and found.matched < ALTERED_CONTEXT:
        return False
    return found.altered <= allowed and found.matched > found.altered


def cluster_wordings(reports: Sequence[tuple[Words, bool]]) -> list[Wording]:
    """Each report's wording, the reports of one cluster given in publication order (earliest first)
    as (words, whether a direct quote).

    A direct report is held against the earliest direct one (the first words printed inside
    quotation marks); when the two quote different parts of the statement, against the reports
    already found faithful to it."""
    out: list[Wording] = ["earliest"]
    reference = next((k for k, (_, direct) in enumerate(reports) if direct), None)
    faithful: list[Words] = [reports[reference][0]] if reference is not None else []
    for k, (member, direct) in enumerate(reports[1:], start=1):
        if not direct or reference is None:
            out.append("paraphrase")
            continue
        if k == reference:
            out.append("same")
            continue
        ref = reports[reference][0]
        if excerpt(member, ref) or excerpt(ref, member):
            out.append("same")
        elif not matches(member, ref) and any(excerpt(member, f) or excerpt(f, member) for f in faithful):
            out.append("same")  # another part of the statement, as other reports printed it
        else:
            out.append("altered")
            continue
        faithful.append(member)
    return out
