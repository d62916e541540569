"""Quotes a label gives their speaker: transcripts and headlines that name the speaker before a
colon ("WALLACE: ...", "Dr. Ann Lee: ..."), and an interview's answers ("A: ...")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotegraph.extract.emit import Evidence, quote_of
from quotegraph.extract.marks import paragraphs
from quotegraph.extract.nlp import text_of
from quotegraph.extract.passages import Attribution
from quotegraph.extract.speakers import Speakers
from quotegraph.model import Quote, QuoteType

_LABEL = re.compile(r"[\"“]?([A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){0,4})[ \xa0]*:[ \xa0]+(?=\S)")


def labelled(doc: Doc, people: Speakers, evidence: Evidence) -> list[Quote]:
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
        # The label is a name, or ends with one after a title ("Dr. Ann Lee: ...").
        named = next((e for e in names if label_start <= e.start_char and e.end_char == label_end), None)
        if not (transcript or named is not None):
            continue
        span = named or doc.char_span(label_start, label_end, alignment_mode="expand")
        if span is None:
            continue
        who = people.resolve(span.start, span.end)
        name, role, conf = who.name or m.group(1), who.role, who.confidence
        if transcript and name.isupper():
            name = name.title()
        cs, ce = m.end(), pe
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        body = text[cs:ce]
        kind: QuoteType = (
            "direct" if transcript else ("mixed" if any(c in body for c in "“”‘’\"'") else "indirect")
        )
        speaker_kind = who.kind or ("person" if transcript else None)
        att = Attribution(None, name, role, (label_start, label_end), m.group(1), conf, speaker_kind, "label")
        found.append(quote_of(doc, text, cs, ce, kind, att, 0.7 * conf, evidence))
    return found


def answers(doc: Doc, people: Speakers, evidence: Evidence) -> list[Quote]:
    """An interview's answers ("A: ...") are the interviewee's own words."""
    interview = people.interview
    if interview is None:
        return []
    text = text_of(doc)
    who = people.resolve_name(interview.interviewee)
    found = []
    for (s, e), (ls, le) in zip(interview.answers(), interview.labels(), strict=True):
        att = Attribution(None, who.name, who.role, (ls, le), "A", who.confidence, who.kind, "interview")
        # Low prior: a report inside the answer ("I said that ...") keeps its words.
        found.append(quote_of(doc, text, s, e, "direct", att, 0.3, evidence))
    return found
