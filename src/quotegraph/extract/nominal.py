"""Reports named by a noun ("X's claim that ...", "raised questions about ...") or a predicate
adjective ("is confident that ...", "has been critical of ..."). The frame judge decides, as for
verbs."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.extract.frame import Frame, judged, np_range, subject_of
from quotegraph.extract.framescore import FrameModel
from quotegraph.extract.lexicon import (
    ADJ_CONTENT_PREPS,
    NOT_REPORTING,
    NOUN_CONTENT_PREPS,
    NOUN_SOURCE_PREPS,
    Cue,
)
from quotegraph.extract.nlp import lemma_of
from quotegraph.extract.spans import span_chars, subtree_range


def noun_frame(doc: Doc, n: Token, model: FrameModel, judge: bool) -> Frame | None:
    """A report named by a noun: "the mayor's claim that the vote was rigged", "criticism of the
    deal from unions". The content is the "that" clause or the object of "of"/"about"; the
    source the possessor or the object of "by"/"from". The frame judge decides, as for verbs."""
    lemma = lemma_of(n)
    if lemma in NOT_REPORTING or (judge and not model.may_report(lemma)):
        return None
    clause = next(
        (
            c
            for c in n.rights
            if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    prep = None
    if clause is None:
        prep = topic_prep(n, NOUN_CONTENT_PREPS, ("pobj", "pcomp"))
        if prep is None:
            return None
    source_tok = next((c for c in n.children if c.dep_ == "poss"), None)
    if source_tok is None:
        by = next((c for c in n.rights if c.dep_ == "prep" and c.lower_ in NOUN_SOURCE_PREPS), None)
        source_tok = next((p for p in by.children if p.dep_ == "pobj"), None) if by is not None else None
    if source_tok is None:
        source_tok = light_verb_subject(n)
    if clause is not None:
        mark = next(m for m in clause.children if m.dep_ == "mark")
        content = span_chars(doc, mark.i + 1, clause.right_edge.i + 1)
        how = "noun_clause"
    else:
        assert prep is not None
        content = span_chars(doc, prep.i + 1, prep.right_edge.i + 1)
        how = "noun_prep"
    return _judged_frame(doc, n, lemma, n.i + 1, source_tok, content, how, model, judge)


def topic_prep(word: Token, preps: set[str], objects: tuple[str, ...]) -> Token | None:
    """The first preposition after a report word that says what the report is about."""
    return next(
        (
            c
            for c in word.rights
            if c.dep_ == "prep" and c.lower_ in preps and any(p.dep_ in objects for p in c.children)
        ),
        None,
    )


def light_verb_subject(n: Token) -> Token | None:
    """The reporter of a report noun that a verb carries: "Park raised questions about ...",
    "she responded with attacks on ...": the verb's subject."""
    v = n.head
    if n.dep_ == "pobj" and v.dep_ == "prep":
        v = v.head
    elif n.dep_ != "dobj":
        return None
    return subject_of(v) if v.pos_ in ("VERB", "AUX") else None


def adjective_frame(doc: Doc, a: Token, model: FrameModel, judge: bool) -> Frame | None:
    """A report or a stance named by a predicate adjective: "Park is confident that the bill
    will pass", "she has been critical of the plan". The content is the clause, or the object of
    the preposition; the source the subject of the verb the adjective completes."""
    head = a.head
    if head.pos_ not in ("AUX", "VERB") or head.i == a.i:
        return None
    lemma = lemma_of(a)
    if lemma in NOT_REPORTING or (judge and not model.may_report(lemma)):
        return None
    clause = next((c for c in a.rights if c.dep_ == "ccomp"), None)
    prep = None
    if clause is None:
        prep = topic_prep(a, ADJ_CONTENT_PREPS, ("pobj", "pcomp"))
        if prep is None:
            return None
    if clause is not None:
        content = span_chars(doc, *subtree_range(clause))
        how, cue_end = "adj_clause", a.i + 1
    else:
        assert prep is not None
        content = span_chars(doc, prep.i + 1, prep.right_edge.i + 1)
        how, cue_end = "adj_prep", prep.i + 1
    return _judged_frame(doc, a, lemma, cue_end, subject_of(head), content, how, model, judge)


def _judged_frame(
    doc: Doc,
    word: Token,
    lemma: str,
    cue_end: int,
    source_tok: Token | None,
    content: tuple[int, int] | None,
    how: str,
    model: FrameModel,
    judge: bool,
) -> Frame | None:
    """The frame of a report word outside the cue lexicon, if it has content the judge keeps."""
    if content is None:
        return None
    source = np_range(source_tok) if source_tok is not None else None
    frame = Frame(Cue(lemma, "none", False), (word.i, cue_end), source, None, how=how)
    if not judged(doc, word, frame, False, source_tok, content, model, judge):
        return None
    frame.content = content
    return frame
