"""Reporting frames from the dependency parse: a cue, its source mention, what was reported,
to whom and about what.

A frame is found for every reporting verb in the cue lexicon (``data/cues.tsv``) and for
"according to X". Its content is the complement clause where there is one, the object for verbs
that take their content as an object ("described X as Y", "announced a plan"), or, for a cue set
inside the content ("The plan, he said, will fail"), the rest of the clause around it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotegraph.extract.framescore import (
    FrameModel,
    TailModel,
    frame_features,
    frame_model,
    tail_features,
)
from quotegraph.extract.lexicon import (
    ADDRESSEE_PREPS,
    MEDIUM_NOUNS,
    NOT_REPORTING,
    QUOTE_CHARS,
    TARGET_PREPS,
    TIME_NAMES,
    TIME_WORDS,
    VENUE_NOUNS,
    Cue,
    cues,
)
from quotegraph.extract.nlp import lemma_of, text_of

# Verbs whose object, with what follows it, is the reported content ("described al Hayya as ...").
OBJECT_CONTENT_DEPS = {"dobj", "oprd", "xcomp", "prep", "advcl", "acomp", "attr"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Cues with no subject of their own take it from the clause they hang from.
INHERIT_SUBJECT_DEPS = {"xcomp", "conj", "advcl", "ccomp", "pcomp", "prep", "acomp"}
WEAK_OBJECTS = {"it", "this", "that", "so", "something", "anything", "nothing", "much", "more", "what"}


@dataclass
class Frame:
    cue: Cue
    cue_tokens: tuple[int, int]
    """Token range [start, end) of the cue words."""
    source: tuple[int, int] | None
    """Token range of the source mention the cue attaches to."""
    content: tuple[int, int] | None
    """Character range of the reported content."""
    addressee: str | None = None
    target: str | None = None
    colon: bool = False
    """The cue ends in a colon: what it introduces follows."""
    cue_char_span: tuple[int, int] = (0, 0)
    how: str = ""
    """Which construction gave the content: clause, hearer_clause, object, xcomp, prep, inside,
    according, noun_clause, noun_prep (the frames column of data/cues.tsv, which the judge sees,
    says which each lexicon cue was measured to report with)."""
    tail_features: list[str] | None = None
    """What the tail model saw of the rest of the sentence, when there was a rest to judge."""
    tail_end: int | None = None
    """Where the content would end with the rest of its sentence."""
    features: list[str] | None = None
    """What the frame judge saw (framescore.py), for frames that had content."""
    probability: float | None = None
    """The judge's probability that the content is reported content."""


InsideQuote = Callable[[int], bool]
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
    for tok in doc:
        if inside_quote(tok.idx):
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            frame = _according_to(doc, tok)
        elif tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
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
            frame = _noun_frame(doc, tok, model, judge)
        elif tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd"):
            frame = _adjective_frame(doc, tok, model, judge)
        else:
            continue
        if frame is not None:
            cue_words = doc[frame.cue_tokens[0] : frame.cue_tokens[1]]
            frame.cue_char_span = (cue_words.start_char, cue_words.end_char)
            frames.append(frame)
    return frames


def np_range(tok: Token) -> tuple[int, int]:
    """The name-like core of a noun phrase: the head with its compounds and titles, no clauses."""
    lo = hi = tok.i
    for left in reversed(list(tok.lefts)):
        # Punctuation joins only inside a word ("Ki-moon"), never a dash or comma before the name.
        glued = left.dep_ != "punct" or (left.text == "-" and not left.whitespace_)
        if left.dep_ in ("compound", "amod", "poss", "det", "nmod", "nummod", "case", "punct") and glued:
            if left.i != lo - 1:
                break
            lo = left.left_edge.i if left.dep_ != "det" else left.i
            while lo < tok.i and (doc_punct := tok.doc[lo]).is_punct and doc_punct.text != "-":
                lo += 1
        else:
            break
    for right in tok.rights:
        if right.dep_ in ("compound", "flat", "case") and right.i == hi + 1:
            hi = right.i
        else:
            break
    return lo, hi + 1


def _subject(v: Token) -> Token | None:
    seen = 0
    while v is not None and seen < 4:
        for child in v.children:
            if child.dep_ in SUBJECT_DEPS and not child.is_punct:
                if child.dep_ == "nsubjpass":
                    agent = _agent(v)
                    return agent
                return child
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("PROPN", "NOUN") and v.head.i < v.i:
            return v.head  # "footage of Clinton asking ...", "polls showing ...": the noun it modifies
        if v.dep_ not in INHERIT_SUBJECT_DEPS or v.head is v:
            return None
        v = v.head
        seen += 1
    return None


def _subject_after_quote(doc: Doc, v: Token, inside_quote: InsideQuote) -> Token | None:
    """The noun phrase between a quotation's close and its cue ("“...,” Rep. Ann Lee (D-Md.)
    said"): its word that hangs from outside the phrase."""
    lo = v.i
    while lo > v.sent.start and not inside_quote(doc[lo - 1].idx) and not _is_mark(doc[lo - 1]):
        lo -= 1
    nominal = [t for t in doc[lo : v.i] if t.pos_ in ("PROPN", "NOUN", "PRON")]
    for t in nominal:
        if not lo <= t.head.i < v.i:
            return t
    return nominal[-1] if nominal else None  # a parse too broken to say: the word before the cue


def _inverted_subject(doc: Doc, v: Token) -> Token | None:
    """ "said Caddell", "Said Ellis:": a name right after the cue is its subject, however parsed."""
    nxt = doc[v.i + 1] if v.i + 1 < len(doc) else None
    if nxt is None or nxt.pos_ != "PROPN" or nxt.sent.start != v.sent.start:
        return None
    while nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ == "PROPN" and doc[nxt.i + 1].ent_iob_ == "I":
        nxt = doc[nxt.i + 1]
    return nxt


def _agent(v: Token) -> Token | None:
    for child in v.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _span_chars(doc: Doc, lo: int, hi: int, stop_at_semicolon: bool = True) -> tuple[int, int] | None:
    """Character range of tokens [lo, hi), with edge punctuation and a leading complementizer trimmed
    (quotation marks stay when the passage they open or close is inside). A semicolon ends the
    content: what follows is the writer's next clause, whatever the parser hung it on."""
    if stop_at_semicolon:
        for t in doc[lo:hi]:
            if t.text == ";" and t.i > lo:
                hi = t.i
                break
    while lo < hi and (doc[lo].is_punct and not _is_mark(doc[lo]) or doc[lo].is_space):
        lo += 1
    while lo < hi and doc[lo].dep_ == "mark" and doc[lo].lower_ in ("that", "whether", "if"):
        lo += 1
    while hi > lo and (
        doc[hi - 1].is_punct and not _is_mark(doc[hi - 1]) or doc[hi - 1].is_space or doc[hi - 1].dep_ == "cc"
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


def _lead_clauses(v: Token) -> list[Token]:
    """Subordinate clauses hung on a parenthetical cue, before it and its subject."""
    first = min((c.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), default=v.i)
    return [c for c in v.lefts if c.dep_ == "advcl" and c.i < first]


def _continuations(v: Token, subj: Token | None) -> list[Token]:
    """Clauses coordinated with a cue that carry on what it reported rather than report again:
    their own subject, not the reporter's, and no reporting verb ("..., the agency said, and
    those at the bottom paid 0.8 percent")."""
    lexicon = cues()
    return [
        c
        for c in v.rights
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and lemma_of(c) not in lexicon
        and any(_other_subject(s, subj) for s in c.children)
    ]


PERSONAL_PRONOUNS = {"i", "you", "he", "she", "we", "they", "it"}


def _other_subject(s: Token, reporter: Token | None) -> bool:
    """A subject that is not the reporter again ("he", or the same name)."""
    return (
        s.dep_ in ("nsubj", "nsubjpass")
        and s.lower_ not in PERSONAL_PRONOUNS
        and (reporter is None or s.lower_ != reporter.lower_)
    )


def _announces_what_follows(doc: Doc, obj: Token) -> bool:
    """An object that points ahead to a colon: "the following comment:", "this statement:"."""
    return (
        obj.i + 1 < len(doc)
        and doc[obj.i + 1].text == ":"
        and any(c.lower_ in ("following", "this", "these") for c in obj.lefts)
    )


def _puts_it(v: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in v.rights)


def _is_mark(tok: Token) -> bool:
    """A quotation mark, or a pair of them standing for one ('' in older typesetting)."""
    return all(ch in QUOTE_CHARS for ch in tok.text)


def _subtree_range(tok: Token, skip: set[int] = frozenset()) -> tuple[int, int]:  # type: ignore[assignment]
    idx = [t.i for t in tok.subtree if t.i not in skip]
    return min(idx), max(idx) + 1


def _text_of(doc: Doc, tok: Token, cut_clauses: bool = True) -> str:
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


def _verb_frame(
    doc: Doc, v: Token, cue: Cue, known: bool, model: FrameModel, judge: bool, inside_quote: InsideQuote
) -> Frame | None:
    subj = _subject(v)
    if subj is not None and inside_quote(subj.idx):
        # The parser took a word of the quotation for the subject of the verb that reports it
        # ("“... Full panic mode,” said X"): the reporter stands outside the marks.
        subj = _subject_after_quote(doc, v, inside_quote)
    subj = subj or _inverted_subject(doc, v)
    source = np_range(subj) if subj is not None else None
    frame = Frame(cue, (v.i, v.i + 1), source, None)
    _extend_cue(doc, v, frame)
    after = doc[frame.cue_tokens[1]] if frame.cue_tokens[1] < len(doc) else None
    frame.colon = after is not None and after.text == ":"

    clause = [c for c in v.children if c.dep_ == "ccomp"]
    obj = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    content: tuple[int, int] | None = None
    hung = _clause_under_hearer(doc, v, obj) if cue.addressee_object and not clause else None
    if hung is not None:
        that, clause_head = hung
        frame.addressee = doc[v.i + 1 : that.i].text.strip(" ,")
        content = _span_chars(doc, that.i + 1, clause_head.right_edge.i + 1)
        frame.how = "clause"
    elif clause:
        c = min(clause, key=lambda t: abs(t.i - v.i))
        lo, hi = _subtree_range(c)
        following = [x for x in clause if x.i > v.i] or _continuations(v, subj)
        if any(x.i < v.i for x in clause) and following:
            # "Though X, he said, Y", "X paid 9 percent, the agency said, and Y paid 1 percent":
            # the cue interrupts its content; the content is both sides.
            lo = min(x.left_edge.i for x in clause)
            hi = max(x.right_edge.i for x in clause + following) + 1
        if not cue.addressee_object and obj and obj[0].i < lo and not _has_subject(c):
            # "estimated the cost ... will be": a complement clause with no subject took the verb's
            # object for its own; the object is where the content starts.
            lo = obj[0].left_edge.i
            obj = []
        content_lo = _repair_complementizer(doc, v, lo, hi, frame)
        hi = _trailing_reason(doc, v, hi)
        content = _span_chars(doc, content_lo, hi)
        frame.how = "clause"
        if cue.addressee_object and obj and frame.addressee is None:
            frame.addressee = _text_of(doc, obj[0])
    elif cue.addressee_object and obj and any(c.dep_ == "xcomp" for c in v.children):
        frame.addressee = _text_of(doc, obj[0])
        x = next(c for c in v.children if c.dep_ == "xcomp")
        content = _span_chars(doc, *_subtree_range(x))
        frame.how = "hearer_xcomp"
    elif cue.addressee_object and obj and (topic := _topic_prep(v, HEARER_TOPIC_PREPS, ("pobj", "pcomp"))):
        # "warned her supporters about the dangers": the hearer, then what they were told of.
        frame.addressee = _text_of(doc, obj[0])
        end = _before_trailing_when(doc, topic.i + 1, topic.right_edge.i + 1)
        content = _span_chars(doc, topic.i + 1, end)
        frame.how = "prep"
    elif obj and _announces_what_follows(doc, obj[0]):
        # "made the following comment:", "issued this statement:": the content is what follows.
        frame.colon = True
        frame.cue_tokens = (v.i, obj[0].i + 1)
    elif (
        obj
        and obj[0].i > v.i
        and obj[0].lower_ not in WEAK_OBJECTS
        and obj[0].pos_ != "PRON"
        and cue.lemma != "say"
        and (rights := [c for c in v.rights if c.dep_ in OBJECT_CONTENT_DEPS and not _when(c)])
    ):
        lo = rights[0].left_edge.i
        rights = _before_event_adjunct(rights)
        hi = _before_trailing_when(doc, lo, max(c.right_edge.i for c in rights) + 1)
        content = _span_chars(doc, lo, hi)
        frame.how = "object"
    elif _xcomp_reports(v, cue):
        x = next(c for c in v.children if c.dep_ == "xcomp")
        content = _span_chars(doc, *_subtree_range(x))
        frame.how = "xcomp"
    elif (prep := _content_prep(v, cue)) is not None:
        # "talked about the economy", "railed against the deal": the object of the preposition.
        content = _span_chars(doc, prep.i + 1, _before_trailing_when(doc, prep.i + 1, prep.right_edge.i + 1))
        frame.cue_tokens = (v.i, prep.i + 1)
        frame.how = "prep"
    elif v.dep_ in ("parataxis", "ccomp") and v.head.i != v.i and (
        v.head.left_edge.i < v.left_edge.i or _lead_clauses(v)
    ):
        # The cue sits inside or after its content: "The plan, he said, will fail." (A clause
        # that comes first, "What he proposed, nobody knows", is the object of what follows.)
        # A subordinate clause the parser hung on the cue is content all the same ("Though X
        # was smooth, he said, Y will not be").
        lead = {t.i for c in _lead_clauses(v) for t in c.subtree}
        skip = {t.i for t in v.subtree} - lead
        around = v.head
        if around.dep_ == "advcl" and around.head.i > v.i:
            around = around.head  # "Though X was seamless, he said, Y would be ...": Y too
        lo, hi = _subtree_range(around, skip)
        content = _span_chars(doc, lo, hi, stop_at_semicolon=False)
        frame.how = "inside"
    elif _as_parenthetical(v):
        # "As X put it, the plan is dead", "the plan, as she noted, is dead": the clause around.
        around = v.head
        while around.pos_ not in ("VERB", "AUX") and around.head.i != around.i:
            around = around.head
        lo, hi = _subtree_range(around, {t.i for t in v.subtree})
        content = _span_chars(doc, lo, hi, stop_at_semicolon=False)
        frame.how = "as"
    if content is not None and not _judged(doc, v, frame, known, subj, content, model, judge):
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


# Prepositions and subordinators that say where, when, why or in what a report was made, not
# what it reported ("criticized the plan during a stop in Ohio", "warned ... after hackers struck").
EVENT_PREPS = {
    "in", "at", "during", "after", "before", "since", "from", "by", "via", "through", "amid",
    "despite", "following", "until", "throughout", "upon", "while", "ahead",
}  # fmt: skip
EVENT_MARKS = {"after", "before", "since", "when", "while", "because", "as", "although", "though", "until"}


def _before_event_adjunct(rights: list[Token]) -> list[Token]:
    """The verb's complements without those at the end that frame the event rather than the
    content (one in the middle stays: "lauded Clarke in his address for helping ...")."""
    kept = list(rights)
    while len(kept) > 1 and _frames_event(kept[-1]):
        kept.pop()
    return kept


def _frames_event(c: Token) -> bool:
    if c.dep_ == "prep":
        return c.lower_ in EVENT_PREPS
    return c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in EVENT_MARKS for m in c.children)


def _xcomp_reports(v: Token, cue: Cue) -> bool:
    """ "urged to act", "promised to vote": an infinitive that is what was said. Not after a
    finding, nor after a verb of aspect ("He continued: ..." reports; "continued to rise" does
    not)."""
    if cue.kind == "finding" or cue.lemma in NOT_REPORTING:
        return False
    return any(c.dep_ == "xcomp" for c in v.children)


def _as_parenthetical(v: Token) -> bool:
    """ "as X said", "as X put it": a clause of "as" with a subject and nothing reported of its
    own, hanging from the clause it reports ("as he discussed the plan" says when, not what)."""
    return (
        v.dep_ == "advcl"
        and v.head.i != v.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        and not any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "dative") and c.lower_ not in WEAK_OBJECTS
            for c in v.children
        )
    )


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
    full = _span_chars(doc, span.start, min(v.sent.end, v.right_edge.i + 1))
    if full is None or full[1] <= content[1] + 2:
        return content
    rest = doc.char_span(content[1], full[1], alignment_mode="expand")
    if rest is None or not len(rest) or rest.start < span.end - 1 or _when(rest.root):
        return content  # nothing left, or only when it was said ("on Tuesday")
    if rest.root.head.i == v.i and _frames_event(rest.root):
        return content  # where or why it was said ("during a stop in Ohio", "after hackers struck")
    lexicon = cues()
    reporting = {t.i for t in rest if t.pos_ == "VERB" and lemma_of(t) in lexicon}
    frame.tail_features = tail_features(doc, v, frame.how, span, rest, reporting)
    frame.tail_end = full[1]
    return (content[0], full[1]) if tail is not None and tail.extends(frame.tail_features) else content


NOUN_CONTENT_PREPS = {"of", "about", "on", "over", "against"}
NOUN_SOURCE_PREPS = {"by", "from"}


def _noun_frame(doc: Doc, n: Token, model: FrameModel, judge: bool) -> Frame | None:
    """A report named by a noun: "Trump's claim that the vote was rigged", "criticism of the
    deal from unions". The content is the "that" clause or the object of "of"/"about"; the
    source the possessor or the object of "by"/"from". The frame judge decides, as for verbs."""
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
        prep = _topic_prep(n, NOUN_CONTENT_PREPS, ("pobj",))
        if prep is None:
            return None
    lemma = lemma_of(n)
    if lemma in NOT_REPORTING:
        return None
    source_tok = next((c for c in n.children if c.dep_ == "poss"), None)
    if source_tok is None:
        by = next((c for c in n.rights if c.dep_ == "prep" and c.lower_ in NOUN_SOURCE_PREPS), None)
        source_tok = next((p for p in by.children if p.dep_ == "pobj"), None) if by is not None else None
    if source_tok is None:
        source_tok = _light_verb_subject(n)
    if clause is not None:
        mark = next(m for m in clause.children if m.dep_ == "mark")
        content = _span_chars(doc, mark.i + 1, clause.right_edge.i + 1)
        how = "noun_clause"
    else:
        assert prep is not None
        content = _span_chars(doc, prep.i + 1, prep.right_edge.i + 1)
        how = "noun_prep"
    if content is None:
        return None
    cue = Cue(lemma, "none", False)
    source = np_range(source_tok) if source_tok is not None else None
    frame = Frame(cue, (n.i, n.i + 1), source, None, how=how)
    if not _judged(doc, n, frame, False, source_tok, content, model, judge):
        return None
    frame.content = content
    return frame


def _topic_prep(word: Token, preps: set[str], objects: tuple[str, ...]) -> Token | None:
    """The first preposition after a report word that says what the report is about."""
    return next(
        (
            c
            for c in word.rights
            if c.dep_ == "prep" and c.lower_ in preps and any(p.dep_ in objects for p in c.children)
        ),
        None,
    )


def _light_verb_subject(n: Token) -> Token | None:
    """The reporter of a report noun that a verb carries: "Park raised questions about ...",
    "she responded with attacks on ...": the verb's subject."""
    v = n.head
    if n.dep_ == "pobj" and v.dep_ == "prep":
        v = v.head
    elif n.dep_ != "dobj":
        return None
    return _subject(v) if v.pos_ in ("VERB", "AUX") else None


HEARER_TOPIC_PREPS = {"about", "of", "on", "against"}
ADJ_CONTENT_PREPS = {"about", "of", "on", "over", "with", "toward", "towards"}


def _adjective_frame(doc: Doc, a: Token, model: FrameModel, judge: bool) -> Frame | None:
    """A report or a stance named by a predicate adjective: "Park is confident that the bill
    will pass", "she has been critical of the plan". The content is the clause, or the object of
    the preposition; the source the subject of the verb the adjective completes."""
    head = a.head
    if head.pos_ not in ("AUX", "VERB") or head.i == a.i:
        return None
    clause = next((c for c in a.rights if c.dep_ == "ccomp"), None)
    prep = None
    if clause is None:
        prep = _topic_prep(a, ADJ_CONTENT_PREPS, ("pobj", "pcomp"))
        if prep is None:
            return None
    lemma = lemma_of(a)
    if lemma in NOT_REPORTING:
        return None
    if clause is not None:
        content = _span_chars(doc, *_subtree_range(clause))
        how, cue_end = "adj_clause", a.i + 1
    else:
        assert prep is not None
        content = _span_chars(doc, prep.i + 1, prep.right_edge.i + 1)
        how, cue_end = "adj_prep", prep.i + 1
    if content is None:
        return None
    subj = _subject(head)
    source = np_range(subj) if subj is not None else None
    frame = Frame(Cue(lemma, "none", False), (a.i, cue_end), source, None, how=how)
    if not _judged(doc, a, frame, False, subj, content, model, judge):
        return None
    frame.content = content
    return frame


def _judged(
    doc: Doc,
    cue_tok: Token,
    frame: Frame,
    known: bool,
    source: Token | None,
    content: tuple[int, int],
    model: FrameModel,
    judge: bool,
) -> bool:
    """Describe the frame for the judge and, when judging, say whether it keeps its content."""
    if judge and not known and not model.seen_reporting(frame.cue.lemma, frame.how):
        return False
    frame.features = frame_features(doc, cue_tok, frame.cue, known, frame.how, source, content, text_of(doc))
    if not judge:
        return True
    frame.probability = model.probability(frame.features)
    return model.accepts(frame.probability, known)


CONTENT_PREPS = {"about", "against", "for", "to", "on", "at", "over", "of"}


def _content_prep(v: Token, cue: Cue) -> Token | None:
    if (
        cue.lemma in ("say", "tell", "ask", "add", "write", "respond", "reply", "answer")
        or cue.kind == "finding"
    ):
        return None
    for child in v.rights:
        if (
            child.dep_ == "prep"
            and child.lower_ in CONTENT_PREPS
            and any(c.dep_ == "pobj" for c in child.children)
            and not _when(child)
            and not _venue(child)
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


REASON_MARKS = {"because", "since", "as", "although", "though", "while", "unless", "if"}


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


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in tok.children)


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
        if _is_time(pobj):
            continue  # "said on Monday": when, not about what
        if word == "on" and pobj.pos_ == "PROPN" and frame.addressee is None:
            frame.addressee = _text_of(doc, pobj)  # "said on CNN", "wrote on Twitter": the medium
        elif word in TARGET_PREPS and frame.target is None and not _within(frame.content, pobj):
            frame.target = _text_of(doc, pobj)
        elif word in ADDRESSEE_PREPS and frame.addressee is None and not _within(frame.content, prep):
            frame.addressee = _text_of(doc, pobj)
        elif word in ("in", "during", "on") and lemma_of(pobj) in MEDIUM_NOUNS and frame.addressee is None:
            partner = next(
                (c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("with", "to")), None
            )
            partner_obj = next((c for c in partner.children if c.dep_ == "pobj"), None) if partner else None
            if partner_obj is not None:
                frame.addressee = _text_of(doc, partner_obj)


def _before_trailing_when(doc: Doc, lo: int, hi: int) -> int:
    """The end of a span without a closing "on Tuesday", wherever the parser hung it."""
    last = hi - 1
    while last > lo and doc[last].is_punct:
        last -= 1
    prep = doc[last].head
    if doc[last].dep_ == "pobj" and lo < prep.i and _when(prep) and prep.right_edge.i == last:
        return prep.i
    return hi


def _venue(prep: Token) -> bool:
    """ "at the hearing", "in a statement": where it was said, not what."""
    return prep.lower_ in ("at", "in", "during", "on") and any(
        c.dep_ == "pobj" and lemma_of(c) in VENUE_NOUNS | MEDIUM_NOUNS for c in prep.children
    )


def _when(prep: Token) -> bool:
    """ "on Tuesday", "in March": a preposition that says when, not what."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and _is_time(c) for c in prep.children)


def _is_time(tok: Token) -> bool:
    if tok.like_num or tok.ent_type_ in ("DATE", "TIME"):
        return True
    return tok.lower_ in TIME_WORDS or tok.lower_ in TIME_NAMES


def _within(content: tuple[int, int] | None, tok: Token) -> bool:
    return content is not None and content[0] <= tok.idx < content[1]


def _according_to(doc: Doc, tok: Token) -> Frame | None:
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent: Span = tok.sent
    phrase_lo, phrase_hi = tok.i, pobj.right_edge.i + 1
    if phrase_lo == sent.start and phrase_hi >= sent.end - 1:
        # The parser took the whole sentence for the source's phrase ("According to X, the move
        # reeks of fear" with "move reeks" an apposition): the source ends at its last comma.
        commas = [t.i for t in doc[pobj.i : phrase_hi] if t.text == ","]
        phrase_hi = commas[-1] if commas else phrase_hi
    if phrase_lo > sent.start:
        content = _span_chars(doc, sent.start, phrase_lo)
        if phrase_hi < sent.end - 2 and content is not None:
            rest = _span_chars(doc, phrase_hi, sent.end)
            content = (content[0], rest[1]) if rest else content
    else:
        content = _span_chars(doc, phrase_hi, sent.end)
    cue = Cue("according to", "speech", False, frozenset({"according"}))
    return Frame(cue, (tok.i, tok.i + 2), np_range(pobj), content, how="according")


ADJUNCT_DEPS = {"advcl", "relcl", "conj", "parataxis"}


def cut_adjunct_report(doc: Doc, outer: Frame, inner: Frame) -> bool:
    """End (or start) the outer frame's content outside the inner frame's clause, when that
    clause is an adjunct with its own reporter at the content's edge. False when it is not."""
    if inner.source is None or inner.content is None or outer.content is None:
        return False
    span = doc.char_span(outer.content[0], outer.content[1], alignment_mode="expand")
    if span is None:
        return False
    cue = doc[outer.cue_tokens[0]]
    source = inner.source[0]
    t = doc[inner.cue_tokens[0]]
    own = True  # t is still the inner report's own clause ("as he went on to say ...")
    while t.i != cue.i and own:
        lo, hi = t.left_edge.i, t.right_edge.i + 1
        attached_outside = t.head.i == cue.i or not (span.start <= t.head.i < span.end)
        if t.dep_ in ADJUNCT_DEPS and lo <= source < hi and attached_outside:
            if lo > span.start and hi >= span.end - 1:
                cut = _trimmed(doc, span.start, _before_trailing_when(doc, span.start, lo))
                break
            if lo <= span.start and hi < span.end:
                cut = _trimmed(doc, hi, span.end)
                break
        if t.head.i == t.i or not (span.start <= t.head.i < span.end):
            return False
        own = t.dep_ in ("xcomp", "conj", "aux")
        t = t.head
    else:
        return False
    outer.content = cut
    return True


def _trimmed(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Characters of tokens [lo, hi) without edge punctuation or a dangling conjunction."""
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ == "cc"):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space or doc[hi - 1].dep_ in ("cc", "mark")):
        hi -= 1
    if lo >= hi:
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
