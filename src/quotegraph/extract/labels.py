"""Quotes a label gives their speaker: transcripts and headlines that name the speaker before a
colon ("WALLACE: ...", "Dr. Ann Lee: ..."), and an interview's answers ("A: ...")."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Span

from quotegraph.extract.emit import Evidence, quote_of
from quotegraph.extract.lexicon import ANONYMOUS_HEADS, PEOPLE_NOUNS
from quotegraph.extract.marks import paragraphs
from quotegraph.extract.naming import EPITHETS
from quotegraph.extract.nlp import lemma_of, line_bounds, text_of
from quotegraph.extract.passages import Attribution
from quotegraph.extract.speakers import Resolved, Speakers
from quotegraph.model import Quote, QuoteType

_LABEL = re.compile(r"[\"“]?([A-Z][\w.'’-]*(?:[ \xa0]+[A-Za-z][\w.'’-]*){0,4})[ \xa0]*:[ \xa0]+(?=\S)")


def labelled(doc: Doc, people: Speakers, evidence: Evidence) -> list[Quote]:
    """Transcripts and headlines that name the speaker before a colon: "WALLACE: If I may, ...",
    "Rush Limbaugh: Hillary ... 'Reeks of Fear'", "Issa: ..." (a person the article names),
    "Clinton camp: ..." and "Insiders: ..." (sources as the headline gives them); "Poll: ..." is
    what a poll found. A headline's label that reads as a phrase ("FIX IS IN: ...") is its
    kicker, no speaker."""
    text = text_of(doc)
    found: list[Quote] = []
    names = [e for e in doc.ents if e.label_ in ("PERSON", "ORG")]
    first_line_end = line_bounds(doc, 0, 0)[1]
    for ps, pe in (seg for par in paragraphs(text) for seg in _turns(text, *par)):
        m = _LABEL.match(text, ps, pe)
        if m is None:
            continue
        label_start, label_end = m.span(1)
        words = m.group(1).split()
        transcript = all(w.isupper() and len(w) > 1 for w in words)
        # The label is a name, or ends with one after a title ("Dr. Ann Lee: ..."); a label with
        # lower-case words is no name ("Speaking to Ann Lee: ...") but may be a source's.
        proper = all(w[:1].isupper() for w in words)
        named = next(
            (e for e in names if proper and label_start <= e.start_char and e.end_char == label_end), None
        )
        span = named or doc.char_span(label_start, label_end, alignment_mode="expand")
        if span is None:
            continue
        if len(m.group(1)) < 2 or any(t.lower_ in _EDITORIAL for t in span):
            continue  # "Q: ...", "A: ..." (see answers), "Editor's note: ...", "Exclusive: ..."
        source = "name" if transcript or named is not None else _source_label(span, people)
        if source is None:
            continue
        if source == "name" and label_start < first_line_end and _reads_as_a_phrase(words):
            # A headline's kicker or a column's name ("FIX IS IN: ...", "The Ninth Circle: ...",
            # "Monday's Morning Email: ..."), not a name ("Obama: ...", "NY Post: ...").
            continue
        if source == "surname":
            who = people.resolve_name(span[-1].text)
        elif source == "people":  # "Clinton camp" is not Clinton
            unnamed = lemma_of(span[-1]) in ANONYMOUS_HEADS
            who = Resolved(m.group(1), None, 0.7, "unnamed" if unnamed else "group")
        elif source == "document":  # "Poll: Clinton and Sanders in dead heat" is no one's
            who = Resolved(m.group(1), None, 0.7, "organisation")
        elif transcript:
            # "RAMOS: Secretary Clinton, ...": the label is the name, whoever its line names (the
            # parser may make the label the head of the whole line).
            who = people.resolve_name(m.group(1))
        else:
            who = people.resolve(span.start, span.end)
        name, role, conf = who.name or m.group(1), who.role, who.confidence
        if transcript and name.isupper():
            name = name.title()
        cs, ce = m.end(), pe
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        body = text[cs:ce]
        if not _WORD.search(body):
            continue  # "Hillary Clinton: 1,769.": a table's line (a tally, a date), not words said
        kind: QuoteType = (
            "direct" if transcript else ("mixed" if any(c in body for c in "“”‘’\"'") else "indirect")
        )
        speaker_kind = who.kind or ("person" if transcript else "unnamed")
        att = Attribution(None, name, role, (label_start, label_end), m.group(1), conf, speaker_kind, "label")
        # What the label's source says is theirs whole: a report inside it ("Trump: Clinton should
        # have congratulated me") is part of what they said, not a quote of its own.
        quote = quote_of(doc, text, cs, ce, kind, att, max(0.9, conf), evidence)
        # "Poll: Okafor and Lee in dead heat" is the poll's, as "according to a poll" is: a statement.
        found.append(quote)
    return found


_NEXT_LABEL = re.compile(r"(?<=[\"”])[ \xa0]+(?=[A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){0,3}:[ \xa0]+[\"“])")


def _turns(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """A paragraph's labelled turns: 'Clinton: "..." Bush: "..."' is two, each label starting
    its own after the quotation before it closes."""
    cuts = [m.end() for m in _NEXT_LABEL.finditer(text, ps, pe)]
    bounds = [ps, *cuts, pe]
    return [(a, b) for a, b in itertools.pairwise(bounds) if a < b]


def _source_label(span: Span, people: Speakers) -> str | None:
    """What a label that the tagger did not take for a name stands for: a person the article
    names ("Issa" after "Rep. Darrell Issa"), a document ("Poll", "Report"), people
    ("Insiders", "Clinton camp", "GOP leaders"); None for anything else ("Update", "Note")."""
    head = span[-1]
    if head.text[:1].isupper() and people.names_person(head.text) and len(span) <= 2:
        return "surname"
    lemma = lemma_of(head)
    if lemma in _FINDING_NOUNS and len(span) <= 2:
        return "document"
    proper = all(t.text[:1].isupper() for t in span)
    if not proper and (len(span) != 2 or not span[0].text[:1].isupper()):
        return None  # "Frustration with police": a topic, not a source
    plural = head.tag_ in ("NNS", "NNPS") or head.lower_.endswith("s")
    if (lemma in PEOPLE_NOUNS and (plural or len(span) > 1)) or lemma in _CAMP_NOUNS:
        return "people"
    return None


def _reads_as_a_phrase(words: list[str]) -> bool:
    """A label with a function word or a possessive in it reads as a phrase, not as a name."""
    return any(w.lower() in _FUNCTION_WORDS or w.lower().endswith(("'s", "’s")) for w in words)


_FUNCTION_WORDS = frozenset(["the", "a", "an", "is", "are", "in", "for", "of", "on", "to", "with", "and"])
_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word of two letters or more: what follows a label says something only if it holds one."""
_CAMP_NOUNS = frozenset(["camp", "campaign", "insider", "aides", "allies", "backers"])
# What a document or a paper's own voice says: "Poll: ...", "WSJ editorial: ...", "Newspaper: ...".
_FINDING_NOUNS = frozenset(["poll", "survey", "study", "report", "audit", "editorial", "newspaper"])
# A newsroom's own labels: what follows is the outlet's, not a source's.
_EDITORIAL = EPITHETS | frozenset(
    [
        "note",
        "editor",
        "editors",
        "clarification",
        "correction",
        "update",
        "disclosure",
        "related",
        "photo",
        "video",
        "watch",
        "read",
        "source",
        "sources",
        "credit",
        "byline",
        "look",
        "listen",
        "boom",
        "stat",
        "breaking",
        "photos",
        "videos",
    ]
)


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
