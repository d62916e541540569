"""What keeps extraction linear in the text: subtree extents found once per document, sentences of
bounded length, a block index for reports inside reports, extraction offsets that always point
into the text, speakers traced along a chain of statements once. (Times themselves are measured by benchmarks/worst_case.py.)"""

from __future__ import annotations

import numpy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotegraph.extract import extract
from quotegraph.extract.api import _nlp
from quotegraph.extract.nlp import MAX_SENTENCE_TOKENS
from quotegraph.extract.spans import Stabbing, _edges_by_walks, edges_of, subtree_range

# spaCy's right_edge misses "something" here (an apposition hung across the dash's arc).
CROSSED = (
    "Shelby later said she suspected\xa0Crutcher\xa0was under the influence of drugs — something a 911 "
    "caller also told a dispatcher before police arrived on scene."
)


def test_subtree_range_is_the_subtrees_first_and_last_token() -> None:
    doc = _nlp(False)(CROSSED + "\n\n“We will appeal,” the lawyer said, adding that the ruling was wrong.")
    crossed = 0
    for tok in doc:
        idx = [t.i for t in tok.subtree]
        assert subtree_range(tok) == (min(idx), max(idx) + 1), tok.text
        crossed += (tok.left_edge.i, tok.right_edge.i) != (min(idx), max(idx))
    assert crossed  # the case spaCy's own edges get wrong is in the text


@pytest.mark.parametrize("unit", ["he said ", "Smith said that ", "“it ", "and then "])
def test_a_run_with_no_end_is_cut_into_bounded_sentences(unit: str) -> None:
    doc = _nlp(False)(unit * 400)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    prose = _nlp(False)("The council met on Tuesday. " + "It voted, and it adjourned, " * 30 + "at last.")
    assert max(len(s) for s in prose.sents) < MAX_SENTENCE_TOKENS  # prose keeps the parser's own


@settings(max_examples=200, deadline=None)
@given(
    ranges=st.lists(st.tuples(st.integers(0, 3000), st.integers(1, 1500)), max_size=30),
    cuts=st.lists(st.tuples(st.integers(0, 29), st.integers(0, 1500), st.integers(0, 1500)), max_size=10),
    points=st.lists(st.integers(0, 4600), max_size=20),
)
def test_stabbing_finds_every_range_that_holds_a_point(
    ranges: list[tuple[int, int]], cuts: list[tuple[int, int, int]], points: list[int]
) -> None:
    index, now = Stabbing(), {}
    for key, (lo, length) in enumerate(ranges):
        now[key] = (lo, lo + length)
        index.add(key, *now[key])
    for key, a, b in cuts:  # ranges move (as a cut moves a content's edges) and are filed again
        if key in now:
            lo, hi = now[key]
            now[key] = (max(0, lo - a), hi + b) if a % 2 else (min(lo + a, hi - 1), max(hi - b, lo + a + 1))
            index.add(key, *now[key])
    for p in points:
        found = [k for k in index.near(p) if now[k][0] <= p < now[k][1]]
        assert found == sorted(k for k, (lo, hi) in now.items() if lo <= p < hi)


WORDS = ["the mayor", "Jane Roe", "he", "officials", "said", "told reporters", "that", "the plan",
         "would fail", "on Tuesday", ",", ".", "“", "”", '"', "—", "according to", "\n\n", ":", "'"]  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_every_offset_points_into_the_text(words: list[str]) -> None:
    text = "Jane Roe said the harbour will reopen. " + " ".join(words)
    for q in extract(text, scope="all", min_confidence=0):
        assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.text
        for span in (q.speaker_span, q.cue_span):
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(text)
        if q.cue_span is not None and q.cue is not None:
            assert text[q.cue_span[0] : q.cue_span[1]].strip()


@settings(max_examples=300, deadline=None)
@given(parents=st.lists(st.integers(0, 60), max_size=60))
def test_subtree_edges_are_the_first_and_last_descendant(parents: list[int]) -> None:
    heads = [p % (i + 1) for i, p in enumerate(parents)]  # a forest: each head at or before its token
    below: list[set[int]] = [{i} for i in range(len(heads))]
    for i in range(len(heads)):
        j = i
        while heads[j] != j:
            j = heads[j]
            below[j].add(i)
    lows, highs = edges_of(numpy.array(heads, dtype="int64"))
    assert (lows, highs) == ([min(b) for b in below], [max(b) for b in below])
    tangled = [p % len(parents) for p in parents]  # any heads, cycles too: as walking every path
    assert edges_of(numpy.array(tangled, dtype="int64")) == _edges_by_walks(tangled)


def test_a_chain_of_statements_is_traced_once() -> None:
    """Each "the statement" is whoever issued the one before: followed once along the chain, not
    again from every link (quadratic), nor so deep that Python's call stack fails the article."""
    text = "The union issued a statement. " + "The statement issued the statement. " * 2000
    quotes = extract(text + "The statement said taxes rose.", scope="all", min_confidence=0)
    assert [q.speaker for q in quotes] == ["The union"]
