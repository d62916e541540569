"""Who a quoted passage is by: the frame whose content it is, a cue in its sentence, a lead-in
ending in a colon, a name and a colon, a signature line after it, or the quote before or after it
in its paragraph."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotegraph.extract.frame import Frame, np_range, subject_of
from quotegraph.extract.lexicon import Cue
from quotegraph.extract.marks import Marked
from quotegraph.extract.nlp import lemma_of, line_breaks, line_start, text_of
from quotegraph.extract.speakers import EntityMention, Speakers
from quotegraph.model import SpeakerKind

_TRAILING_SOURCE = re.compile(r"^[\s\xa0]*[—–―-]{1,2}[\s\xa0]*(?=\w)")


@dataclass
class Attribution:
    """Who a quote is by: the frame that said so (if any), the resolved name, role and mention,
    and how sure the attribution is. A negative confidence marks a passage absorbed elsewhere."""

    frame: Frame | None
    speaker: str | None
    role: str | None
    span: tuple[int, int] | None
    mention: str | None
    confidence: float
    speaker_kind: SpeakerKind | None = None
    how: str = "frame"
    """How the speaker was found (a feature of the confidence model): frame, lead_in, colon_name,
    colon_clause, after_close, trailing, neighbour, continued, paragraph_subject, label."""


def attribute(doc: Doc, people: Speakers, frame: Frame) -> Attribution:
    """The frame's reporter, resolved to a name."""
    if frame.source is None:
        return Attribution(frame, None, None, None, None, 0.5)
    lo, hi = frame.source
    who = people.resolve(lo, hi)
    span = doc[lo:hi]
    return Attribution(
        frame, who.name, who.role, (span.start_char, span.end_char), span.text, who.confidence, who.kind
    )


def by_sentence(doc: Doc, frames: list[Frame]) -> dict[int, list[Frame]]:
    """Frames with a reporter, by the start of their cue's sentence."""
    found: dict[int, list[Frame]] = {}
    for f in frames:
        if f.source is not None:
            found.setdefault(doc[f.cue_tokens[0]].sent.start, []).append(f)
    return found


def same_sentence(
    doc: Doc, people: Speakers, by_sentence: dict[int, list[Frame]], m: Marked
) -> Attribution | None:
    """A cue in a sentence the passage touches, with no content of its own ("..., he said."). The
    parser ends a sentence after "?" or "!" inside the marks, so the sentence right after the
    passage counts too ("“Why?” Vitter demanded."), and a lead-in ending in a colon before it."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    sents = {s.start for s in (doc[span.start].sent, doc[span.end - 1].sent)}
    own = set(sents)
    after = span.end
    while after < len(doc) and (doc[after].is_punct or doc[after].is_space) and "\n" not in doc[after].text:
        after += 1
    if after < len(doc) and "\n" not in doc[after - 1].text_with_ws:
        sents.add(doc[after].sent.start)
    first = doc[span.start].sent
    lead = None
    if first.start > 0 and first.start >= span.start - 2:
        lead = doc[first.start - 1].sent
        if lead[-1].text == ":" or (len(lead) > 1 and lead[-1].is_space and lead[-2].text == ":"):
            sents.add(lead.start)
        else:
            lead = None
    best: Frame | None = None
    nearby = sorted((f for start in sents for f in by_sentence.get(start, ())), key=lambda f: f.cue_tokens[0])
    nearby = [f for f in nearby if not _negated(doc[f.cue_tokens[0]])]  # "... But X did not respond."
    if text_of(doc)[m.end - 1 : m.end] == "." and any(doc[f.cue_tokens[0]].sent.start in own for f in nearby):
        # A passage that ends its own sentence, and a cue in that sentence ("saying at one
        # point, ''...''"): the cue of the sentence after it reports something else.
        nearby = [f for f in nearby if doc[f.cue_tokens[0]].sent.start in own]
    for f in nearby:
        if f.content is not None and not (f.content[0] < m.end and m.start < f.content[1]) and not told(f):
            continue
        if best is None or abs(f.cue_char_span[0] - m.end) < abs(best.cue_char_span[0] - m.end):
            best = f
    if best is not None:
        cued = attribute(doc, people, best)
        cued.how = "claimed" if best.content is not None else "same_sentence"
        return cued
    found = _lead_in_subject(doc, people, lead) if lead is not None else None
    return found or _name_and_colon(doc, people, m)


def _negated(cue: Token) -> bool:
    return any(c.dep_ == "neg" for c in cue.children)


def told(frame: Frame) -> bool:
    """ "“...,” Trump told Britain's ITV in an interview": a frame whose object is its hearer
    more than anything said, so the passage beside it is what was told."""
    return frame.how == "object" and frame.cue.addressee_object and frame.cue.kind == "speech"


def _name_and_colon(doc: Doc, people: Speakers, m: Marked) -> Attribution | None:
    """A colon right before the opening mark, with no cue to say more: after a person's name
    ("Pollster Daron Shaw: “...”") the passage is theirs; after a clause ("then leaned in and
    boomed: “...”") it is its subject's."""
    before = doc.char_span(m.open_at, m.open_at + 1, alignment_mode="expand")
    if before is None or before.start < 2:
        return None
    colon = doc[before.start - 1]
    while colon.is_space and colon.i > 1:
        colon = doc[colon.i - 1]
    if colon.text != ":":
        return None
    name = doc[colon.i - 1]
    if people.inside_quote(name.idx):
        return None
    person = name.ent_type_ == "PERSON" or (name.pos_ == "PROPN" and people.names_person(name.text))
    # Whom the clause speaks to, or what it gives ("delivered a snappy retort:"): its verb's.
    given = _spoken_to(name) or (not person and name.dep_ in ("dobj", "dative"))
    governor = _verb_governing(name) if given else None
    if governor is None and person:
        lo = name.i
        while lo > 0 and doc[lo - 1].ent_type_ == "PERSON" and doc[lo].ent_iob_ != "B":
            lo -= 1
        hi = name.i + 1
    else:
        # "had a warning for Lee:", "delivered a message to Ortiz:": the name is whom the clause
        # speaks to; the passage is its subject's.
        verb = governor or (name if name.pos_ == "VERB" else colon.head)
        if verb.pos_ != "VERB" or verb.i > colon.i:
            return None
        subj = subject_of(verb)
        while subj is None and verb.dep_ in ("conj", "dep") and verb.head.pos_ == "VERB":
            verb = verb.head  # "gestured ..., then leaned in and boomed:": the first verb's subject
            subj = subject_of(verb)
        if subj is None or subj.pos_ not in ("PROPN", "PRON") or people.inside_quote(subj.idx):
            return None
        lo, hi = np_range(subj)
        return _mentioned(doc, people, lo, hi, 0.8, "colon_clause")
    return _mentioned(doc, people, lo, hi, 0.8, "colon_name")


def _spoken_to(name: Token) -> bool:
    """The name is whom something is said or given to ("a message to Ortiz", "a warning for Lee"),
    not whose piece it is ("by Times' Ben Sisario:", "More from Jeffrey M. Jones:") nor who is
    moved to speak ("did not surprise the engineer Sam Ortiz:")."""
    return name.dep_ == "pobj" and name.head.lower_ in ("to", "for", "at", "toward", "towards")


def _verb_governing(tok: Token) -> Token | None:
    """The verb whose object (or whose object's preposition's object) the token is."""
    head = tok.head
    for _ in range(3):
        if head.pos_ == "VERB":
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _lead_in_subject(doc: Doc, people: Speakers, lead: Span) -> Attribution | None:
    """A lead-in with no reporting verb ("Sanders made the following comment:", "Obama is
    rolling out a new message:"): what follows its colon is its subject's."""
    subj = next((c for c in lead.root.children if c.dep_ == "nsubj" and not c.is_punct), None)
    if subj is None or subj.pos_ not in ("PROPN", "PRON", "NOUN") or people.inside_quote(subj.idx):
        return None
    return _mentioned(doc, people, *np_range(subj), 0.8, "lead_in")


def _mentioned(doc: Doc, people: Speakers, lo: int, hi: int, factor: float, how: str) -> Attribution:
    """The mention in tokens [lo, hi) as the speaker of a passage no cue attaches to."""
    who = people.resolve(lo, hi)
    words = doc[lo:hi]
    return Attribution(
        None, who.name, who.role, (words.start_char, words.end_char), words.text, who.confidence * factor,
        who.kind, how,
    )


_REPORTS_ITS_OWN = {"dobj", "dative", "ccomp", "xcomp", "attr", "acomp"}


def name_after_close(doc: Doc, people: Speakers, m: Marked) -> Attribution | None:
    """ "“...,” Toomey fumed on Tuesday.", "“...,” an angry Hollande retaliated.": a passage that
    ends as a clause does, then its speaker and a verb with nothing of its own to report. Whatever
    the verb, its subject is who spoke."""
    text = text_of(doc)
    if m.close_at is None or m.end == m.start or text[m.end - 1] not in ",?!":
        return None
    after = doc.char_span(m.close_at, m.close_at + 1, alignment_mode="expand")
    if after is None or after.end >= len(doc) - 1:
        return None
    first = doc[after.end]
    if first.sent.start != after[0].sent.start:
        return None
    text_read = _text_that_reads(doc, first)
    if text_read is not None:
        lo, verb = text_read
        found = _after_close(doc, people, verb, (lo, verb.i))
        if found.speaker is None:  # no author named for it: the text, as the article gives it
            found.speaker, found.speaker_kind = doc[lo : verb.i].text, "unnamed"
        return found
    # The subject: the head of the phrase that starts right after the closing mark, just
    # before its verb (a name, "he" or "she", or "an angry Hollande").
    subj = next((t for t in doc[first.i : first.i + 6] if t.dep_ == "nsubj" and t.left_edge == first), None)
    if subj is None or not (subj.pos_ in ("PROPN", "NOUN") or subj.lower_ in ("he", "she")):
        return None
    verb = subj.head
    if verb.i != subj.i + 1 or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ"):
        return None
    if any(c.dep_ in _REPORTS_ITS_OWN and c.i > verb.i for c in verb.children):
        return None
    return _after_close(doc, people, verb, np_range(subj))


def _after_close(doc: Doc, people: Speakers, verb: Token, source: tuple[int, int]) -> Attribution:
    frame = Frame(Cue(lemma_of(verb), "speech", False), (verb.i, verb.i + 1), source, None)
    frame.cue_char_span = (verb.idx, verb.idx + len(verb))
    found = attribute(doc, people, frame)
    found.confidence *= 0.85
    found.how = "after_close"
    return found


def _text_that_reads(doc: Doc, first: Token) -> tuple[int, Token] | None:
    """ "“...,” the editorial read.": a short noun phrase and "read" or "reads" closing the
    sentence, which the tagger takes for a noun ("the editorial read" as one thing); the phrase
    is the text that says it. (The start of the phrase and the verb.)"""
    for t in doc[first.i + 1 : first.i + 5]:
        if t.lower_ in ("read", "reads"):
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            phrase = doc[first.i : t.i]
            if (
                after is not None
                and after.text in (".", "!", "?")
                and first.pos_ == "DET"
                and all(w.pos_ in ("DET", "ADJ", "NOUN", "PROPN") and not w.is_punct for w in phrase)
            ):
                return first.i, t
            return None
    return None


def trailing_source(doc: Doc, people: Speakers, m: Marked) -> Attribution | None:
    """ "..." — Jane Roe, mayor of Y : a dash and a name after the closing mark, on its line or
    on a short line of its own right after the quotation's paragraph."""
    if m.close_at is None:
        return None
    text = text_of(doc)
    begin = m.close_at + 1
    rest = text[begin : begin + 200].split("\n", 1)[0]
    if not rest.strip(" \t\xa0.,"):
        # Nothing more on the quotation's line: a signature line may follow ("\n\n- Jane Roe.").
        begin += len(rest)
        while begin < len(text) and text[begin] in "\n \t\xa0":
            begin += 1
        rest = text[begin : begin + 200].split("\n", 1)[0]
        if len(rest) > 80:
            return None
    found = _TRAILING_SOURCE.match(rest)
    if not found:
        return None
    at = begin + found.end()
    found_span = doc.char_span(at, at + 1, alignment_mode="expand")
    first = found_span[0] if found_span is not None and len(found_span) else None
    if first is None or first.idx != at or first.pos_ != "PROPN":
        return None
    last = first
    while last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN" and doc[last.i + 1].whitespace_ != "\n":
        last = doc[last.i + 1]
    who = people.resolve(first.i, last.i + 1)
    role = who.role
    after = text_of(doc)[last.idx + len(last) : last.idx + len(last) + 120].split("\n", 1)[0]
    if after.startswith(","):
        role = role or after[1:].strip(" .") or None
    span = (first.idx, last.idx + len(last))
    mention = text_of(doc)[span[0] : span[1]]
    return Attribution(None, who.name, role, span, mention, who.confidence * 0.95, who.kind, "trailing")


NEIGHBOURS = 50
"""How many passages on each side, in its paragraph, a passage with no cue of its own looks at for
a speaker to inherit: a paragraph of thousands of quotes costs time linear in their number."""
_NON_SPACE = re.compile(r"\S")


class Nearby:
    """What ``neighbour`` looks up, indexed once per document: where each line starts, and the
    reports with a frame in text order."""

    def __init__(self, text: str, reports: list[Attribution]):
        self.text = text
        self.newlines = line_breaks(text)
        self.reports = [r for r in reports if r.frame is not None]
        self.cues = [r.frame.cue_char_span[0] for r in self.reports if r.frame is not None]
        self.in_order = all(a <= b for a, b in zip(self.cues, self.cues[1:], strict=False))
        self._prev_line: dict[int, int] = {}

    def line_start(self, at: int) -> int:
        """``text.rfind("\n", 0, at) + 1`` without scanning the line."""
        return line_start(self.newlines, at)

    def previous_line(self, para_start: int) -> int:
        """The start of the paragraph before the one at ``para_start``, across blank lines."""
        found = self._prev_line.get(para_start)
        if found is None:
            prev_end = para_start
            while prev_end > 0 and self.text[prev_end - 1].isspace():
                prev_end -= 1
            found = self._prev_line[para_start] = self.line_start(prev_end)
        return found

    def last_report(self, since: int, before: int) -> Attribution | None:
        """The last report (in list order) whose cue starts in [since, before)."""
        if self.in_order:
            k = bisect.bisect_left(self.cues, before)
            return self.reports[k - 1] if k and self.cues[k - 1] >= since else None
        found = [r for r, at in zip(self.reports, self.cues, strict=True) if since <= at < before]
        return found[-1] if found else None


def neighbour(
    text: str,
    marked: list[Marked],
    claimed: dict[int, Attribution],
    k: int,
    reports: list[Attribution],
    people: Speakers | None = None,
    nearby: Nearby | None = None,
) -> Attribution | None:
    """The speaker of the passage this one continues or sits beside (the nearest before it in its
    paragraph first, up to ``NEIGHBOURS`` each way), else of the last report before it in its
    paragraph or, when it opens a paragraph, in the paragraph before. ``nearby`` (built once for
    the document) keeps the cost per passage bounded."""
    m = marked[k]
    if m.continues and k > 0 and (prev := claimed.get(k - 1)) and prev.confidence > 0:
        return _inherited(prev, 0.95, "continued")
    for j in _same_paragraph(marked, k):
        att = claimed.get(j)
        if att is not None and att.confidence > 0 and (att.speaker or att.span):
            between = _someone_else_between(people, att, marked[j], m) if j < k else None
            return between or _inherited(att)
    if nearby is None:
        nearby = Nearby(text, reports)
    para_start = nearby.line_start(m.open_at)
    opens_paragraph = _NON_SPACE.search(text, para_start, m.open_at) is None
    # The paragraph before, across the blank lines that may separate paragraphs.
    window_start = nearby.previous_line(para_start) if opens_paragraph else para_start
    last = nearby.last_report(window_start, m.open_at)
    if last is not None and (last.speaker or last.span):
        return _inherited(last, 0.85)
    if opens_paragraph and people is not None:
        # No report nearby: the person the paragraph before was about, as its subject.
        found = people.last_subject(m.open_at, window_start)
        if found is not None:
            return _subject_speaks(text, found)
    return None


def _subject_speaks(text: str, found: EntityMention) -> Attribution:
    """The person named as a subject (``Speakers.last_subject``) as a passage's speaker."""
    ent = found.entity
    kind: SpeakerKind = "person"  # last_subject finds persons only
    span, mention = (found.start, found.end), text[found.start : found.end]
    return Attribution(None, ent.name, ent.role, span, mention, 0.55, kind, "paragraph_subject")


def _someone_else_between(
    people: Speakers | None, att: Attribution, before: Marked, m: Marked
) -> Attribution | None:
    """ "“...,” Tom Ebeling said. Betsy Ebeling shook her head. “...”": a person named as the
    main subject of a sentence of its own between the passage before (and its attribution) and
    this one, someone other than its speaker, is who speaks now; not a subject inside the
    attribution ("“...,” Hooton said after Rubio spoke. “...”")."""
    if people is None:
        return None
    after = max(before.close_at if before.close_at is not None else before.end, (att.span or (0, 0))[1])
    found = people.last_subject(m.open_at, after)
    if found is None or found.entity.name == att.speaker or found.salience < 2.0:
        return None
    doc = people.doc
    said = doc.char_span(after - 1, after, alignment_mode="expand")
    named = doc.char_span(found.start, found.end, alignment_mode="expand")
    if said is None or named is None or named.sent.start <= said.sent.start:
        return None
    return _subject_speaks(text_of(doc), found)


def _same_paragraph(marked: list[Marked], k: int) -> Iterator[int]:
    """The other passages of passage k's paragraph, nearest first, those before it first (passages
    are in text order, so a paragraph's are consecutive)."""
    para = marked[k].paragraph
    j = k - 1
    while j >= 0 and j >= k - NEIGHBOURS and marked[j].paragraph == para:
        yield j
        j -= 1
    j = k + 1
    while j < len(marked) and j <= k + NEIGHBOURS and marked[j].paragraph == para:
        yield j
        j += 1


def _inherited(att: Attribution, factor: float = 0.95, how: str = "neighbour") -> Attribution:
    return Attribution(
        None, att.speaker, att.role, att.span, att.mention, att.confidence * factor, att.speaker_kind, how
    )
