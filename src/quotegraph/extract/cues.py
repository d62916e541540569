"""Reporting frames from the dependency parse: a cue, its source mention, what was reported,
to whom and about what.

Every verb is a candidate cue, and "according to X". A verb's reporter is found by the reporter
rules of ``reporters.py``, applied in order; its content by the first of the constructions of
``constructions.py`` that applies (the complement clause, the object, the clause around a cue set
inside it, ...); the frame judge (``framescore.py``) decides whether it is reported content.
Reports named by nouns and adjectives are in ``nominal.py``, those whose source a phrase names
("according to X", "In a poll by X, ...") in ``sourced.py`` (both listed in
``word_constructions.py``), the frame record and the parse's subjects in ``frame.py``, what a
cue's dependent clauses are in ``clauses.py``, the edges of spans in ``spans.py``. The
"Constructions" section of docs/extraction.md lists every rule with its examples.
"""

from __future__ import annotations

import numpy
from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Doc, Token

from quotegraph.extract import deadline
from quotegraph.extract.clauses import frames_event
from quotegraph.extract.constructions import Site, read_content, says_more
from quotegraph.extract.frame import (
    SUBJECT_DEPS,
    Frame,
    InsideQuote,
    after_quote,
    judged,
    name_before,
    np_range,
    passive_participle,
    subject_of,
)
from quotegraph.extract.framescore import FrameModel, TailModel, frame_model, tail_features
from quotegraph.extract.lexicon import ADDRESSEE_PREPS, MEDIUM_NOUNS, NOT_REPORTING, TARGET_PREPS, Cue, cues
from quotegraph.extract.nlp import lemma_of, text_of
from quotegraph.extract.nominal import adjective_frame, noun_frame
from quotegraph.extract.reporters import find_reporter
from quotegraph.extract.sourced import according_to, in_poll
from quotegraph.extract.spans import is_time, phrase_text, says_when, span_chars, within

PUT_IT = Cue("put", "speech", False, frozenset({"inside", "as"}))
"""The idiom "as X put it": a cue of speech, whatever "put" means elsewhere."""


def find_frames(doc: Doc, inside_quote: InsideQuote, judge: bool = True) -> list[Frame]:
    """Every reporting frame whose cue stands outside quotation marks.

    Every verb is a candidate: one in the cue lexicon, or any other verb (or report-naming noun,
    "X's claim that") whose complement the frame judge (framescore.py) takes for reported
    content. A content after its cue takes the rest of its clause when the tail model says so.
    With ``judge`` off, every candidate keeps its content and its features, unjudged (what the
    judge is trained on).
    """
    lexicon = cues()
    model = frame_model()
    frames: list[Frame] = []
    for i in _candidate_words(doc):
        deadline.check()
        tok = doc[i]
        if inside_quote(tok.idx):
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            frame = according_to(doc, tok)
        elif tok.pos_ in ("VERB", "AUX") and (tok.dep_ != "amod" or after_quote(doc, tok, inside_quote)):
            if writers_aside(tok):
                continue
            lemma = lemma_of(tok)
            cue = lexicon.get(lemma)
            if cue is None and lemma == "put" and _puts_it(tok):
                cue = PUT_IT
            if cue is not None:
                frame = _verb_frame(doc, tok, cue, True, model, judge, inside_quote)
            elif tok.pos_ == "VERB" and lemma not in NOT_REPORTING and (not judge or model.may_report(lemma)):
                frame = _verb_frame(doc, tok, Cue(lemma, "none", False), False, model, judge, inside_quote)
            else:
                continue
        elif tok.pos_ == "NOUN" and (cue := _verb_tagged_noun(tok)) is not None:
            frame = _verb_frame(doc, tok, cue, True, model, judge, inside_quote)
        elif tok.pos_ == "NOUN":
            frame = in_poll(doc, tok) or noun_frame(doc, tok, model, judge)
        elif tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd"):
            frame = adjective_frame(doc, tok, model, judge)
        else:
            continue
        if frame is not None:
            cue_words = doc[frame.cue_tokens[0] : frame.cue_tokens[1]]
            frame.cue_char_span = (cue_words.start_char, cue_words.end_char)
            frames.append(frame)
    return frames


def _verb_tagged_noun(tok: Token) -> Cue | None:
    """ "But Trump claims that he should be the exception": a cue the tagger took for a plural
    noun, which the parser nevertheless gave a subject and a complement clause, as a verb has."""
    if tok.tag_ != "NNS":
        return None
    children = {c.dep_ for c in tok.children}
    if not ("nsubj" in children or name_before(tok) is not None) or "ccomp" not in children:
        return None
    return cues().get(lemma_of(tok))


_CANDIDATE_POS = numpy.array([VERB, AUX, NOUN, ADJ], dtype="uint64")


def _candidate_words(doc: Doc) -> list[int]:
    """Indices of the words that can be cues: verbs, nouns, adjectives and "according"."""
    pos = doc.to_array("POS")
    according = doc.to_array("LOWER") == doc.vocab.strings.add("according")
    return numpy.flatnonzero(numpy.isin(pos, _CANDIDATE_POS) | according).tolist()  # type: ignore[no-any-return]


_MODALS = frozenset({"should", "must", "could", "can", "might", "may"})


def writers_aside(v: Token) -> bool:
    """The article's own voice, no one's report: "It is worth noting that ...", "It goes
    without saying that ...", "It should be noted that ...", "It must be said that ..."."""
    if v.tag_ == "VBG":
        head = v.head
        if v.dep_ == "xcomp" and head.lower_ == "worth":
            return True
        return v.dep_ == "pcomp" and head.lower_ == "without" and lemma_of(head.head) == "go"
    children = list(v.children)
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in _MODALS for c in children
    )


def _puts_it(v: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in v.rights)


def _verb_frame(
    doc: Doc, v: Token, cue: Cue, known: bool, model: FrameModel, judge: bool, inside_quote: InsideQuote
) -> Frame | None:
    """The frame of a cue verb: its reporter by the reporter rules, its content by the first
    construction that applies, kept when the judge takes it for reported content."""
    subj, reporter_rule = find_reporter(Site(doc, v, cue, known, inside_quote))
    source = np_range(subj) if subj is not None else None
    frame = Frame(cue, (v.i, v.i + 1), source, None, reporter_rule=reporter_rule)
    _extend_cue(doc, v, frame)
    after = doc[frame.cue_tokens[1]] if frame.cue_tokens[1] < len(doc) else None
    frame.colon = after is not None and after.text == ":"
    read_content(Site(doc, v, cue, known, inside_quote, subj), frame)
    if frame.addressee is None and cue.addressee_object and passive_participle(v):
        hearer = subject_of(v.head)  # "Asked whether he would run, Lind said no": Lind was asked
        if hearer is not None and hearer.pos_ != "PRON":
            frame.addressee = phrase_text(doc, hearer)
    content = frame.content
    if content is not None and not judged(doc, v, frame, known, subj, content, model, judge):
        if frame.how == "object" and cue.addressee_object and frame.addressee is None:
            # "Ortiz told the Harbour Times in an interview": no content, but the hearer.
            frame.addressee = text_of(doc)[content[0] : content[1]]
        content = None  # the judge does not take this complement for reported content
    if content is not None:
        content = _with_tail(doc, v, frame, content, model.tail)
    frame.content = content
    if not known and content is None:
        return None  # a verb outside the lexicon is a cue only for content the judge accepts
    _prepositions(doc, v, frame)
    if frame.addressee is None:
        frame.addressee = _hearer_of_the_occasion(doc, v)
    if content is None and not frame.colon and subj is None:
        return None
    return frame


def _with_tail(
    doc: Doc, v: Token, frame: Frame, content: tuple[int, int], tail: TailModel | None
) -> tuple[int, int]:
    """The content, with the rest of its cue's clause when the tail model says it belongs to it."""
    if content[0] < v.idx:
        return content  # content before the cue: its sentence goes on with the cue
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or not len(span):
        return content
    # The rest of the cue's own clause, never beyond it: a cue inside a relative or subordinate
    # clause ("Menon, who has opposed the plan, described it as ...") ends where its clause does.
    full = span_chars(doc, span.start, min(v.sent.end, v.right_edge.i + 1))
    if full is None or full[1] <= content[1] + 2:
        return content
    rest = doc.char_span(content[1], full[1], alignment_mode="expand")
    if rest is None or not len(rest) or rest.start < span.end - 1 or says_when(rest.root):
        return content  # nothing left, or only when it was said ("on Tuesday")
    if rest.root.head.i == v.i and frames_event(rest.root):
        return content  # where or why it was said ("during a stop in Ohio", "after hackers struck")
    lexicon = cues()
    reporting = {t.i for t in rest if t.pos_ == "VERB" and lemma_of(t) in lexicon}
    if any(c.dep_ in SUBJECT_DEPS and c.i >= rest.start for i in reporting for c in doc[i].children):
        return content  # the rest has a report of its own ("..., though she noted ..."): not this one's
    if any(says_more(c) for c in v.rights if c.i >= rest.start):
        return content  # "endorsed X, saying that ...": the participle's report is its own
    frame.tail_features = tail_features(doc, v, frame.how, span, rest, reporting)
    frame.tail_end = full[1]
    return (content[0], full[1]) if tail is not None and tail.extends(frame.tail_features) else content


def _extend_cue(doc: Doc, v: Token, frame: Frame) -> None:
    """Multi-word cues: "pointed out", "said in a statement" keep their particle."""
    hi = v.i + 1
    for child in v.rights:
        if child.dep_ == "prt" and child.i == hi:
            hi += 1
    frame.cue_tokens = (v.i, hi)


def _hearer_of_the_occasion(doc: Doc, v: Token) -> str | None:
    """ "Speaking to reporters on Air Force One, the president said ...": whom a participle of
    speaking hung on the cue addresses is whom the cue's words were said to."""
    for clause in v.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or lemma_of(clause) not in _SPEAKING:
            continue
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ in ADDRESSEE_PREPS:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return phrase_text(doc, pobj)
    return None


_SPEAKING = frozenset(["speak", "talk", "write"])


def _prepositions(doc: Doc, v: Token, frame: Frame) -> None:
    for prep in v.children:
        if prep.dep_ != "prep":
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        word = prep.lower_
        if is_time(pobj):
            continue  # "said on Monday": when, not about what
        if word == "on" and pobj.pos_ == "PROPN" and frame.addressee is None:
            frame.addressee = phrase_text(doc, pobj)  # "said on CNN", "wrote on Twitter": the medium
        elif word in TARGET_PREPS and frame.target is None and not within(frame.content, pobj):
            frame.target = phrase_text(doc, pobj)
        elif word in ADDRESSEE_PREPS and frame.addressee is None and not within(frame.content, prep):
            frame.addressee = phrase_text(doc, pobj)
        elif word in ("in", "during", "on") and lemma_of(pobj) in MEDIUM_NOUNS and frame.addressee is None:
            partner = next(
                (c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("with", "to")), None
            )
            partner_obj = next((c for c in partner.children if c.dep_ == "pobj"), None) if partner else None
            if partner_obj is not None:
                frame.addressee = phrase_text(doc, partner_obj)
