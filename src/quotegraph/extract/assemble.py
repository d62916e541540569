"""From marked passages and reporting frames to quotes with speakers.

A frame whose content is a marked passage makes a direct quote; one whose content holds quoted
fragments makes a mixed quote; the rest are indirect. Marked passages no frame claims take the
speaker of their neighbours: a cue in the same sentence, the quote before or after them in the
paragraph, the paragraph they continue, or a lead-in ending in a colon.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from quotegraph.extract.cues import find_frames
from quotegraph.extract.frame import Frame, np_range, subject_of
from quotegraph.extract.marks import Marked, find_marked, paragraphs
from quotegraph.extract.nesting import cut_adjunct_report
from quotegraph.extract.nlp import text_of
from quotegraph.extract.speakers import Speakers
from quotegraph.model import Quote, QuoteType

_WORDS = re.compile(r"\w+")
_TRAILING_SOURCE = re.compile(r"^[\s\xa0]*[—–―-]{1,2}[\s\xa0]*(?=\w)")
CONFIDENCE = {"direct_cue": 0.92, "direct_inherited": 0.78, "mixed": 0.85, "indirect": 0.8}
KIND_FACTOR = {"speech": 1.0, "stance": 0.9, "belief": 0.85, "finding": 0.85}


@dataclass
class _Attribution:
    frame: Frame | None
    speaker: str | None
    role: str | None
    span: tuple[int, int] | None
    mention: str | None
    confidence: float


class _Index:
    """Which character offsets fall inside a marked passage."""

    def __init__(self, marked: list[Marked]):
        self.starts = [m.open_at for m in marked]
        self.ends = [(m.close_at if m.close_at is not None else m.end) for m in marked]

    def __call__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.starts[i] <= pos <= self.ends[i]


def quotes_of(doc: Doc) -> list[Quote]:
    text = text_of(doc)
    marked = find_marked(text)
    inside = _Index(marked)
    frames = _outermost(doc, find_frames(doc, inside))
    people = Speakers(
        doc,
        inside,
        [f.source for f in frames if f.source is not None],
        [f.content for f in frames if f.content is not None],
    )

    marked_ends = [m.end for m in marked]  # top-level passages do not overlap: ends are in order
    out: list[Quote] = []
    claimed: dict[int, _Attribution] = {}
    reports: list[_Attribution] = []
    for frame in frames:
        if frame.content is not None and _told(frame) and _names_a_hearer(doc, frame.content):
            # "Ortiz told the Harbour Times": to whom, not what; a passage beside it is what.
            frame.addressee = frame.addressee or text[frame.content[0] : frame.content[1]]
            frame.content = None
        attribution = _attribute(doc, people, frame)
        reports.append(attribution)
        if frame.content is None or (frame.source is None and frame.probability is None):
            # Nobody to attribute it to. A report with no reporter ("is expected to", "was
            # reported") stays only when the frame judge, which sees the missing subject, keeps it.
            continue
        cs, ce = frame.content
        for k in _overlapping(marked_ends, marked, cs, ce):
            m = marked[k]
            if cs < m.start < ce < m.end and m.close_at is not None:
                # The parse ended the content inside a quoted passage ('the colleague being
                # "confused," and ...'): what is quoted is quoted whole.
                ce = frame.content[1] if m.close_at - ce > 200 else m.close_at + 1
            elif m.start < cs < m.end < ce and cs - m.start <= 200:
                cs = m.open_at  # and a content that began inside a passage begins with it
        ce = _before_according_to(text, cs, ce, inside, frame.cue_char_span[0])
        hit = _overlapping(marked_ends, marked, cs, ce)
        outside = _outside_words(text, cs, ce, [marked[k] for k in hit])
        if hit and outside <= 1:
            for k in hit:
                claimed.setdefault(k, attribution)
            continue
        kind: QuoteType = "mixed" if hit or any(c in text[cs:ce] for c in '“”«»"') else "indirect"
        for k in hit:
            claimed[k] = _Attribution(None, None, None, None, None, -1.0)  # absorbed into the mixed quote
        conf = CONFIDENCE[kind] * KIND_FACTOR.get(frame.cue.kind, 1.0) * attribution.confidence
        out.append(_quote(text, cs, ce, kind, attribution, conf))

    by_sentence = _by_sentence(doc, frames)
    for k, m in enumerate(marked):
        att = claimed.get(k)
        if att is not None and att.confidence < 0:
            continue
        if att is None:
            att = _same_sentence(doc, people, by_sentence, m) or _trailing_source(doc, people, m)
        if att is None:
            continue
        claimed[k] = att
    for k, m in enumerate(marked):
        att = claimed.get(k)
        if att is None:
            att = _neighbour(text, marked, claimed, k, reports, people)
            if att is None and not _sentence_like(text, m):
                continue  # scare quotes, titles: not a quotation
            att = att or _Attribution(None, None, None, None, None, 0.5)
            claimed[k] = att
        if att.confidence < 0:
            continue
        conf = (
            CONFIDENCE["direct_cue"] if att.frame is not None else CONFIDENCE["direct_inherited"]
        ) * att.confidence
        out.append(_quote(text, m.start, m.end, "direct", att, conf))
    out.extend(_labelled(doc, people))
    out.sort(key=lambda q: (q.start, q.end))
    return _drop_overlaps(out)


def _attribute(doc: Doc, people: Speakers, frame: Frame) -> _Attribution:
    if frame.source is None:
        return _Attribution(frame, None, None, None, None, 0.5)
    lo, hi = frame.source
    name, role, conf = people.resolve(lo, hi)
    span = doc[lo:hi]
    return _Attribution(frame, name, role, (span.start_char, span.end_char), span.text, conf)


def _quote(text: str, s: int, e: int, kind: QuoteType, att: _Attribution, conf: float) -> Quote:
    frame = att.frame
    cue_span = cue = None
    if frame is not None:
        cue_span = frame.cue_char_span
        cue = text[cue_span[0] : cue_span[1]]
    return Quote(
        start=s,
        end=e,
        text=text[s:e],
        type=kind,
        speaker=att.speaker,
        speaker_span=att.span,
        speaker_mention=att.mention,
        role=att.role,
        cue=cue,
        cue_span=cue_span,
        addressee=frame.addressee if frame else None,
        target=frame.target if frame else None,
        confidence=round(max(0.05, min(0.99, conf)), 3),
    )


def _outside_words(text: str, s: int, e: int, inner: list[Marked]) -> int:
    """Words of [s, e) that stand outside the given marked passages."""
    pos, n = s, 0
    for m in sorted(inner, key=lambda m: m.start):
        n += len(_WORDS.findall(text[pos : max(pos, m.open_at)]))
        pos = max(pos, (m.close_at + 1) if m.close_at is not None else m.end)
    n += len(_WORDS.findall(text[pos:e]))
    return n


def _outermost(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """Reported speech inside reported speech belongs to the outer report (one label per word),
    unless the inner report stands in a clause of its own at an edge of the outer content, with
    its own reporter: an adverbial, relative or coordinated clause ("made the remark as he
    discussed ...", "called a meeting on the test, which state media claimed ..."). That clause
    is no part of what the outer frame reports, so the outer content ends before it and the inner
    report stands."""
    kept: list[Frame] = []
    by_size = sorted(frames, key=lambda f: -((f.content[1] - f.content[0]) if f.content else 0))
    for f in by_size:
        cs = f.cue_char_span[0]
        outer = [k for k in kept if k.content and k.content[0] <= cs < k.content[1]]
        if f.source is not None and f.content is not None:
            for k in outer:
                if k.source is None:
                    k.content = None  # a report with no reporter yields to one inside it that has one
            outer = [k for k in outer if k.content]
        if outer and not all(cut_adjunct_report(doc, k, f) for k in outer):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: f.cue_tokens[0])


def _by_sentence(doc: Doc, frames: list[Frame]) -> dict[int, list[Frame]]:
    """Frames with a reporter, by the start of their cue's sentence."""
    found: dict[int, list[Frame]] = {}
    for f in frames:
        if f.source is not None:
            found.setdefault(doc[f.cue_tokens[0]].sent.start, []).append(f)
    return found


def _same_sentence(
    doc: Doc, people: Speakers, by_sentence: dict[int, list[Frame]], m: Marked
) -> _Attribution | None:
    """A cue in a sentence the passage touches, with no content of its own ("..., he said."). The
    parser ends a sentence after "?" or "!" inside the marks, so the sentence right after the
    passage counts too ("“Why?” Vitter demanded."), and a lead-in ending in a colon before it."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    sents = {s.start for s in (doc[span.start].sent, doc[span.end - 1].sent)}
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
    for f in nearby:
        if f.content is not None and not (f.content[0] < m.end and m.start < f.content[1]) and not _told(f):
            continue
        if best is None or abs(f.cue_char_span[0] - m.end) < abs(best.cue_char_span[0] - m.end):
            best = f
    if best is not None:
        return _attribute(doc, people, best)
    found = _lead_in_subject(doc, people, lead) if lead is not None else None
    return found or _name_and_colon(doc, people, m)


_ACCORDING_TO = re.compile(r",[\s\xa0]+according[\s\xa0]+to\b", re.IGNORECASE)


def _overlapping(ends: list[int], marked: list[Marked], cs: int, ce: int) -> list[int]:
    """Indices of the passages that overlap characters [cs, ce)."""
    found = []
    k = bisect.bisect_right(ends, cs)
    while k < len(marked) and marked[k].start < ce:
        found.append(k)
        k += 1
    return found


def _before_according_to(text: str, cs: int, ce: int, inside: _Index, cue_at: int) -> int:
    """A content ends before ", according to X" (unless that is its own cue): that names who
    said the rest, not what."""
    found = _ACCORDING_TO.search(text, cs, ce)
    if found is None or inside(found.start()) or found.start() <= cue_at < found.end():
        return ce
    end = found.start()
    while end > cs and text[end - 1].isspace():
        end -= 1
    return end if end - cs >= 10 else ce


def _told(frame: Frame) -> bool:
    """ "“...,” Trump told Britain's ITV in an interview": a frame whose object is its hearer
    more than anything said, so the passage beside it is what was told."""
    return frame.how == "object" and frame.cue.addressee_object and frame.cue.kind == "speech"


def _names_a_hearer(doc: Doc, content: tuple[int, int]) -> bool:
    """The content is a name or a pronoun and nothing more: someone, not something said."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    return span is not None and all(t.pos_ in ("PROPN", "PRON", "DET", "PART", "PUNCT") for t in span)


def _name_and_colon(doc: Doc, people: Speakers, m: Marked) -> _Attribution | None:
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
    if name.ent_type_ == "PERSON" or (name.pos_ == "PROPN" and people.names_person(name.text)):
        lo = name.i
        while lo > 0 and doc[lo - 1].ent_type_ == "PERSON" and doc[lo].ent_iob_ != "B":
            lo -= 1
        hi = name.i + 1
    else:
        verb = name if name.pos_ == "VERB" else colon.head
        if verb.pos_ != "VERB" or verb.i > colon.i:
            return None
        subj = subject_of(verb)
        while subj is None and verb.dep_ in ("conj", "dep") and verb.head.pos_ == "VERB":
            verb = verb.head  # "gestured ..., then leaned in and boomed:": the first verb's subject
            subj = subject_of(verb)
        if subj is None or subj.pos_ not in ("PROPN", "PRON") or people.inside_quote(subj.idx):
            return None
        lo, hi = np_range(subj)
    resolved, role, conf = people.resolve(lo, hi)
    words = doc[lo:hi]
    return _Attribution(None, resolved, role, (words.start_char, words.end_char), words.text, conf * 0.8)


def _lead_in_subject(doc: Doc, people: Speakers, lead: Span) -> _Attribution | None:
    """A lead-in with no reporting verb ("Sanders made the following comment:", "Obama is
    rolling out a new message:"): what follows its colon is its subject's."""
    subj = next((c for c in lead.root.children if c.dep_ == "nsubj" and not c.is_punct), None)
    if subj is None or subj.pos_ not in ("PROPN", "PRON", "NOUN") or people.inside_quote(subj.idx):
        return None
    lo, hi = np_range(subj)
    name, role, conf = people.resolve(lo, hi)
    words = doc[lo:hi]
    return _Attribution(None, name, role, (words.start_char, words.end_char), words.text, conf * 0.8)


def _trailing_source(doc: Doc, people: Speakers, m: Marked) -> _Attribution | None:
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
    name, role, conf = people.resolve(first.i, last.i + 1)
    after = text_of(doc)[last.idx + len(last) : last.idx + len(last) + 120].split("\n", 1)[0]
    if after.startswith(","):
        role = role or after[1:].strip(" .") or None
    span = (first.idx, last.idx + len(last))
    return _Attribution(None, name, role, span, text_of(doc)[span[0] : span[1]], conf * 0.95)


_LABEL = re.compile(r"[\"“]?([A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){0,4})[ \xa0]*:[ \xa0]+(?=\S)")


def _labelled(doc: Doc, people: Speakers) -> list[Quote]:
    """Transcripts and headlines that name the speaker before a colon: "WALLACE: If I may, ...",
    "Rush Limbaugh: Hillary ... 'Reeks of Fear'"."""
    text = text_of(doc)
    found: list[Quote] = []
    names = [e for e in doc.ents if e.label_ in ("PERSON", "ORG")]
    for ps, pe in paragraphs(text):
        m = _LABEL.match(text, ps, pe)
        if m is None:
            continue
        label_start, label_end = m.span(1)
        words = m.group(1).split()
        transcript = all(w.isupper() and len(w) > 1 for w in words)
        named = any(e.start_char <= label_start and label_end <= e.end_char for e in names)
        if not (transcript or named):
            continue
        span = doc.char_span(label_start, label_end, alignment_mode="expand")
        if span is None:
            continue
        name, role, conf = people.resolve(span.start, span.end)
        name = name or m.group(1)
        if transcript and name.isupper():
            name = name.title()
        cs, ce = m.end(), pe
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        body = text[cs:ce]
        kind: QuoteType = (
            "direct" if transcript else ("mixed" if any(c in body for c in "“”‘’\"'") else "indirect")
        )
        att = _Attribution(None, name, role, (label_start, label_end), m.group(1), conf)
        found.append(_quote(text, cs, ce, kind, att, 0.7 * conf))
    return found


def _neighbour(
    text: str,
    marked: list[Marked],
    claimed: dict[int, _Attribution],
    k: int,
    reports: list[_Attribution],
    people: Speakers | None = None,
) -> _Attribution | None:
    """The speaker of the passage this one continues or sits beside, else of the last report
    before it in its paragraph or, when it opens a paragraph, in the paragraph before."""
    m = marked[k]
    if m.continues and k > 0 and (prev := claimed.get(k - 1)) and prev.confidence > 0:
        return _inherited(prev)
    same_para = [j for j in range(len(marked)) if j != k and marked[j].paragraph == m.paragraph]
    for j in sorted(same_para, key=lambda j: (j > k, abs(j - k))):
        att = claimed.get(j)
        if att is not None and att.confidence > 0 and (att.speaker or att.span):
            return _inherited(att)
    para_start = text.rfind("\n", 0, m.open_at) + 1
    opens_paragraph = not text[para_start : m.open_at].strip()
    # The paragraph before, across the blank lines that may separate paragraphs.
    prev_end = para_start
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    window_start = text.rfind("\n", 0, prev_end) + 1 if opens_paragraph else para_start
    before = [
        r for r in reports if r.frame is not None and window_start <= r.frame.cue_char_span[0] < m.open_at
    ]
    if before and (before[-1].speaker or before[-1].span):
        return _inherited(before[-1], 0.85)
    if opens_paragraph and people is not None:
        # No report nearby: the person the paragraph before was about, as its subject.
        found = people.last_subject(m.open_at, window_start)
        if found is not None:
            ent = found.entity
            return _Attribution(
                None, ent.name, ent.role, (found.start, found.end), text[found.start : found.end], 0.55
            )
    return None


def _inherited(att: _Attribution, factor: float = 0.95) -> _Attribution:
    return _Attribution(None, att.speaker, att.role, att.span, att.mention, att.confidence * factor)


def _sentence_like(text: str, m: Marked) -> bool:
    """Could the passage be something someone said? Not a short phrase, and not a title in title
    case ("Fox News Sunday", "Coal Isn't the Villain")."""
    words = _WORDS.findall(text[m.start : m.end])
    capitalised = sum(1 for w in words if w[:1].isupper())
    if len(words) >= 2 and capitalised >= 0.75 * len(words):
        return False
    return len(words) >= 5 or (len(words) >= 3 and text[m.end - 1 : m.end] in ".!?,")


def _drop_overlaps(quotes: list[Quote]) -> list[Quote]:
    """Two quotes never share words: the more confident one keeps them."""
    kept: list[Quote] = []  # disjoint, in text order
    starts: list[int] = []
    for q in sorted(quotes, key=lambda q: -q.confidence):
        i = bisect.bisect_left(starts, q.end)  # kept quotes before i start before q ends
        if i > 0 and kept[i - 1].end > q.start:
            continue  # the last of them reaches into q (the earlier ones end before it starts)
        kept.insert(i, q)
        starts.insert(i, q.start)
    return kept
