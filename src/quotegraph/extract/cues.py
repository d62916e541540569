"""Reporting frames from the dependency parse: a cue, its source mention, what was reported,
to whom and about what.

Every verb is a candidate cue, and "according to X". A frame's content is the complement clause
where there is one, the object for verbs that take their content as an object ("described X as
Y", "announced a plan"), or, for a cue set inside the content ("The plan, he said, will fail"),
the rest of the clause around it; the frame judge (``framescore.py``) decides. Reports named by
nouns and adjectives are in ``nominal.py``, those whose source a phrase names ("according to X",
"In a poll by X, ...") in ``sourced.py``, the frame record and its reporter in ``frame.py``, what
a cue's dependent clauses are in ``clauses.py``, the edges of spans in ``spans.py``.
"""

from __future__ import annotations

import numpy
from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Doc, Token

from quotegraph.extract.clauses import (
    active,
    adverbial,
    as_parenthetical,
    before_event_adjunct,
    continuations,
    frames_event,
    has_subject,
    holds,
    interrupts_complement,
    lead_clauses,
    names_it,
    relative,
)
from quotegraph.extract.frame import (
    Frame,
    InsideQuote,
    after_quote,
    inverted_subject,
    judged,
    name_after_cue,
    name_before_apposition,
    np_range,
    subject_after_quote,
    subject_of,
)
from quotegraph.extract.framescore import FrameModel, TailModel, frame_model, tail_features
from quotegraph.extract.lexicon import (
    ADDRESSEE_PREPS,
    CONTENT_PREPS,
    HEARER_TOPIC_PREPS,
    MEDIUM_NOUNS,
    NOT_REPORTING,
    REASON_MARKS,
    TARGET_PREPS,
    WEAK_OBJECTS,
    Cue,
    cues,
)
from quotegraph.extract.nlp import lemma_of
from quotegraph.extract.nominal import adjective_frame, noun_frame, topic_prep
from quotegraph.extract.sourced import according_to, in_poll
from quotegraph.extract.spans import (
    before_trailing_when,
    is_time,
    is_venue,
    phrase_text,
    says_when,
    span_chars,
    subtree_range,
    within,
)

# Verbs whose object, with what follows it, is the reported content ("described al Hayya as ...").
OBJECT_CONTENT_DEPS = {"dobj", "oprd", "xcomp", "prep", "advcl", "acomp", "attr"}


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
        tok = doc[i]
        if inside_quote(tok.idx):
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            frame = according_to(doc, tok)
        elif tok.pos_ in ("VERB", "AUX") and (tok.dep_ != "amod" or after_quote(doc, tok, inside_quote)):
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


_CANDIDATE_POS = numpy.array([VERB, AUX, NOUN, ADJ], dtype="uint64")


def _candidate_words(doc: Doc) -> list[int]:
    """Indices of the words that can be cues: verbs, nouns, adjectives and "according"."""
    pos = doc.to_array("POS")
    according = doc.to_array("LOWER") == doc.vocab.strings.add("according")
    return numpy.flatnonzero(numpy.isin(pos, _CANDIDATE_POS) | according).tolist()  # type: ignore[no-any-return]


def _announces_what_follows(doc: Doc, obj: Token) -> bool:
    """An object that points ahead to a colon: "the following comment:", "this statement:"."""
    return (
        obj.i + 1 < len(doc)
        and doc[obj.i + 1].text == ":"
        and any(c.lower_ in ("following", "this", "these") for c in obj.lefts)
    )


def _puts_it(v: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in v.rights)


def _verb_frame(
    doc: Doc, v: Token, cue: Cue, known: bool, model: FrameModel, judge: bool, inside_quote: InsideQuote
) -> Frame | None:
    subj = subject_of(v)
    if subj is not None and inside_quote(subj.idx) and subj.i < v.i:
        # The parser took a word of the quotation for the subject of the verb that reports it
        # ("“... Full panic mode,” said X"): the reporter stands outside the marks.
        subj = subject_after_quote(doc, v, inside_quote)
    elif subj is not None and inside_quote(subj.idx):
        # The parser hung the cue on the quotation it introduces ("Lee joked about it, telling
        # the crowd, “Some people ...”"): the subject of the sentence's main clause.
        root = v.sent.root
        main = subject_of(root) if root.i < v.i and not inside_quote(root.idx) else None
        if main is not None and not inside_quote(main.idx):
            subj = main
        else:
            subj = subject_after_quote(doc, v, inside_quote)
    if subj is None and (cue.kind == "speech" or v.i == v.sent.start or doc[v.i - 1].is_punct):
        # "said Caddell", "“...,” tweeted X": not "stopped short of endorsing Clinton's plan".
        subj = inverted_subject(doc, v)
    if subj is None and cue.kind == "speech" and after_quote(doc, v, inside_quote):
        subj = subject_after_quote(doc, v, inside_quote) or name_after_cue(doc, v)
    if known and (subj is None or not v.is_ancestor(subj)):
        # No subject, or one the cue only inherits from the clause before ("It was no accident
        # — Brendan Buck, a spokesman, told ..."): a name opening the cue's own clause.
        subj = name_before_apposition(doc, v) or subj
    if subj is None and known and v.dep_ == "ROOT" and v.i > v.sent.start:
        # "In an interview with two hosts, the candidate stated that ...": the parser hung the
        # noun right before the cue elsewhere; a main verb with no subject has it there.
        prev = doc[v.i - 1]
        if prev.pos_ in ("NOUN", "PROPN") and prev.head.i != v.i and not inside_quote(prev.idx):
            subj = prev
    source = np_range(subj) if subj is not None else None
    frame = Frame(cue, (v.i, v.i + 1), source, None)
    _extend_cue(doc, v, frame)
    after = doc[frame.cue_tokens[1]] if frame.cue_tokens[1] < len(doc) else None
    frame.colon = after is not None and after.text == ":"

    # A clause holding the reporter is no part of what was reported ("“...,” said Oversight
    # ranking Democrat X", where the parser made "ranking" a complement of "said").
    clause = [c for c in v.children if c.dep_ == "ccomp" and not holds(c, subj) and not relative(c, v)]
    obj = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    content: tuple[int, int] | None = None
    hung = _clause_under_hearer(doc, v, obj) if cue.addressee_object and not clause else None
    if hung is not None:
        that, clause_head = hung
        frame.addressee = doc[v.i + 1 : that.i].text.strip(" ,")
        content = span_chars(doc, that.i + 1, clause_head.right_edge.i + 1)
        frame.how = "clause"
    elif clause:
        c = min(clause, key=lambda t: abs(t.i - v.i))
        lo, hi = subtree_range(c)
        # A clause after the cue that its own conjunction makes an adverbial ("..., Spencer said,
        # as a few fighters worked out") says when or why, not more of what was said.
        following = [x for x in clause if x.i > v.i and not adverbial(x)] or continuations(v, subj)
        if any(x.i < v.i for x in clause) and following:
            # "Though X, he said, Y", "X paid 9 percent, the agency said, and Y paid 1 percent":
            # the cue interrupts its content; the content is both sides.
            lo = min(x.left_edge.i for x in clause)
            hi = max(x.right_edge.i for x in clause + following) + 1
        if not cue.addressee_object and obj and obj[0].i < lo and not has_subject(c):
            # "estimated the cost ... will be": a complement clause with no subject took the verb's
            # object for its own; the object is where the content starts.
            lo = obj[0].left_edge.i
            obj = []
        content_lo = _repair_complementizer(doc, v, lo, hi, frame)
        hi = _trailing_reason(doc, v, hi)
        content = span_chars(doc, content_lo, hi)
        frame.how = "clause"
        if cue.addressee_object and obj and frame.addressee is None:
            frame.addressee = phrase_text(doc, obj[0])
    elif cue.addressee_object and obj and any(c.dep_ == "xcomp" for c in v.children):
        frame.addressee = phrase_text(doc, obj[0])
        x = next(c for c in v.children if c.dep_ == "xcomp")
        content = span_chars(doc, *subtree_range(x))
        frame.how = "hearer_xcomp"
    elif cue.addressee_object and obj and (topic := topic_prep(v, HEARER_TOPIC_PREPS, ("pobj", "pcomp"))):
        # "warned her supporters about the dangers": the hearer, then what they were told of.
        frame.addressee = phrase_text(doc, obj[0])
        end = before_trailing_when(doc, topic.i + 1, topic.right_edge.i + 1)
        content = span_chars(doc, topic.i + 1, end)
        frame.how = "prep"
    elif obj and _announces_what_follows(doc, obj[0]):
        # "made the following comment:", "issued this statement:": the content is what follows.
        frame.colon = True
        frame.cue_tokens = (v.i, obj[0].i + 1)
    elif (
        obj
        and obj[0].i > v.i
        and ((obj[0].lower_ not in WEAK_OBJECTS and obj[0].pos_ != "PRON") or names_it(v))
        and (cue.lemma != "say" or obj[0].pos_ in ("NOUN", "PROPN", "INTJ"))
        and (rights := [c for c in v.rights if c.dep_ in OBJECT_CONTENT_DEPS and not says_when(c)])
    ):
        lo = rights[0].left_edge.i
        colon = next((t for t in doc[v.i + 1 : obj[0].i] if t.text == ":"), None)
        if colon is not None:
            # "tweeted in response: “...”": what comes before the colon says how, not what.
            lo = colon.i + 1
        rights = before_event_adjunct(rights)
        hi = before_trailing_when(doc, lo, max(c.right_edge.i for c in rights) + 1)
        content = span_chars(doc, lo, hi)
        frame.how = "object"
    elif (
        not obj and active(v) and (oprd := next((c for c in v.rights if c.dep_ == "oprd"), None)) is not None
    ):
        # "calling the charge “pathetic” and “dangerous”", parsed with no object: what it was
        # called, with whatever the parser hung on it.
        content = span_chars(doc, v.i + 1, oprd.right_edge.i + 1)
        frame.how = "object"
    elif _xcomp_reports(v, cue):
        x = next(c for c in v.children if c.dep_ == "xcomp")
        content = span_chars(doc, *subtree_range(x))
        frame.how = "xcomp"
    elif (prep := _content_prep(v, cue)) is not None:
        # "talked about the economy", "railed against the deal": the object of the preposition.
        content = span_chars(doc, prep.i + 1, before_trailing_when(doc, prep.i + 1, prep.right_edge.i + 1))
        frame.cue_tokens = (v.i, prep.i + 1)
        frame.how = "prep"
    elif (
        v.dep_ in ("parataxis", "ccomp")
        and v.head.i != v.i
        and (v.head.left_edge.i < v.left_edge.i or lead_clauses(v) or interrupts_complement(v))
    ):
        # The cue sits inside or after its content: "The plan, he said, will fail." (A clause
        # that comes first, "What he proposed, nobody knows", is the object of what follows.)
        # A subordinate clause the parser hung on the cue is content all the same ("Though X
        # was smooth, he said, Y will not be").
        lead = {t.i for c in lead_clauses(v) for t in c.subtree}
        skip = {t.i for t in v.subtree} - lead
        around = v.head
        if around.dep_ == "advcl" and around.head.i > v.i:
            around = around.head  # "Though X was seamless, he said, Y would be ...": Y too
        if interrupts_complement(v):
            around = around.head  # "She believes, she said, that ...": the whole of "She believes"
        lo, hi = subtree_range(around, skip)
        content = span_chars(doc, lo, hi, stop_at_semicolon=False)
        frame.how = "inside"
    elif as_parenthetical(v):
        # "As X put it, the plan is dead", "the plan, as she noted, is dead": the clause around.
        around = v.head
        while around.pos_ not in ("VERB", "AUX") and around.head.i != around.i:
            around = around.head
        lo, hi = subtree_range(around, {t.i for t in v.subtree})
        content = span_chars(doc, lo, hi, stop_at_semicolon=False)
        frame.how = "as"
    if content is not None and not judged(doc, v, frame, known, subj, content, model, judge):
        content = None  # the judge does not take this complement for reported content
    if content is not None:
        content = _with_tail(doc, v, frame, content, model.tail)
    frame.content = content
    if not known and content is None:
        return None  # a verb outside the lexicon is a cue only for content the judge accepts
    _prepositions(doc, v, frame)
    if content is None and not frame.colon and subj is None:
        return None
    return frame


def _xcomp_reports(v: Token, cue: Cue) -> bool:
    """ "urged to act", "promised to vote": an infinitive that is what was said. Not after a
    finding, nor after a verb of aspect ("He continued: ..." reports; "continued to rise" does
    not)."""
    if cue.kind == "finding" or cue.lemma in NOT_REPORTING:
        return False
    return any(c.dep_ == "xcomp" for c in v.children)


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
    frame.tail_features = tail_features(doc, v, frame.how, span, rest, reporting)
    frame.tail_end = full[1]
    return (content[0], full[1]) if tail is not None and tail.extends(frame.tail_features) else content


def _content_prep(v: Token, cue: Cue) -> Token | None:
    if cue.kind == "finding":
        return None
    # Verbs whose prepositions say to whom or on what occasion, not what, save "wrote about".
    preps = {"about"} if cue.lemma in ("write", "tell") else CONTENT_PREPS
    if cue.lemma in ("say", "ask", "add", "respond", "reply", "answer"):
        return None
    for child in v.rights:
        if (
            child.dep_ == "prep"
            and child.lower_ in preps
            and any(c.dep_ in ("pobj", "pcomp") for c in child.children)
            and not says_when(child)
            and not is_venue(child)
        ):
            return child
    return None


def _extend_cue(doc: Doc, v: Token, frame: Frame) -> None:
    """Multi-word cues: "pointed out", "said in a statement" keep their particle."""
    hi = v.i + 1
    for child in v.rights:
        if child.dep_ == "prt" and child.i == hi:
            hi += 1
    frame.cue_tokens = (v.i, hi)


def _trailing_reason(doc: Doc, v: Token, hi: int) -> int:
    """A reason or condition clause right after the content belongs to it, wherever the parser
    hung it ("said the claim smacked of hypocrisy, because ...")."""
    for child in v.rights:
        if child.dep_ == "advcl" and child.left_edge.i >= hi and child.left_edge.i - hi <= 1:
            first = child.left_edge
            if first.lower_ in REASON_MARKS or (first.is_punct and doc[first.i + 1].lower_ in REASON_MARKS):
                hi = child.right_edge.i + 1
    return hi


def _clause_under_hearer(doc: Doc, v: Token, objects: list[Token]) -> tuple[Token, Token] | None:
    """ "told NBC's Meet the Press show that she would not run": the parser hung the "that" clause
    on the hearer's noun; find it there."""
    for obj in objects:
        for t in obj.subtree:
            if t.dep_ in ("ccomp", "acl") and t.i > obj.i:
                mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ == "that"), None)
                if mark is not None:
                    return mark, t
    return None


def _repair_complementizer(doc: Doc, v: Token, lo: int, hi: int, frame: Frame) -> int:
    """ "told CBS's 60 Minutes show that he ...": for a cue whose object is the hearer, a "that"
    deeper in the complement than its head marks where the content really starts; the parser took
    part of the hearer for a clause, and all before "that" is the addressee."""
    if not frame.cue.addressee_object:
        return lo
    head = doc[lo:hi].root
    for t in doc[lo:hi]:
        if t.lower_ == "that" and t.dep_ == "mark" and t.i > lo and t.head.i != head.i:
            between = doc[v.i + 1 : t.i]
            if between.text.strip():
                frame.addressee = between.text.strip(" ,")
            return t.i + 1
    return lo


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
