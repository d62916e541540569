"""From marked passages and reporting frames to quotes with speakers.

A frame whose content is a marked passage makes a direct quote; one whose content holds quoted
fragments makes a mixed quote; the rest are indirect. Marked passages no frame claims take their
speaker from what is around them (``passages.py``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span

from quotegraph.extract import deadline
from quotegraph.extract.confidence import Features, confidence_model, features
from quotegraph.extract.cues import find_frames
from quotegraph.extract.emit import Evidence, quote_of
from quotegraph.extract.frame import Frame
from quotegraph.extract.kinds import kind_of
from quotegraph.extract.labels import answers, labelled
from quotegraph.extract.lexicon import (
    HEARER_FIRST,
    NAMING_VERBS,
    PEOPLE_NOUNS,
    QUOTE_CHARS,
    TITLE_INTRODUCERS,
    TOLD_THINGS,
    cues,
)
from quotegraph.extract.marks import Marked, find_marked
from quotegraph.extract.naming import is_role_word
from quotegraph.extract.nesting import cut_adjunct_report
from quotegraph.extract.nlp import lemma_of, text_of
from quotegraph.extract.passages import (
    Attribution,
    Nearby,
    attribute,
    by_sentence,
    name_after_close,
    neighbour,
    same_sentence,
    told,
    trailing_source,
)
from quotegraph.extract.spans import Stabbing, after_comma, before_gloss
from quotegraph.extract.speakers import Speakers
from quotegraph.model import Quote, QuoteType

_WORDS = re.compile(r"\w+")
_NOTHING = Attribution(None, None, None, None, None, -1.0)
"""Marks a passage as no quotation (absorbed into another quote, or a title)."""
CONFIDENCE = {"direct_cue": 0.92, "direct_inherited": 0.78, "mixed": 0.85, "indirect": 0.8}
KIND_FACTOR = {"speech": 1.0, "stance": 0.9, "belief": 0.85, "finding": 0.85}


class _Index:
    """Which character offsets fall inside a marked passage."""

    def __init__(self, marked: list[Marked]):
        self.starts = [m.open_at for m in marked]
        self.ends = [(m.close_at if m.close_at is not None else m.end) for m in marked]

    def __call__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.starts[i] <= pos <= self.ends[i]


def quotes_of(doc: Doc) -> list[Quote]:
    """Every attribution of the article, of every kind, each with its calibrated confidence."""
    model = confidence_model()
    return [replace(q, confidence=round(model.probability(f), 3)) for q, f in candidates_of(doc)]


def candidates_of(doc: Doc) -> list[tuple[Quote, Features]]:
    """The quotes of the article with what the confidence model sees of each."""
    evidence: Evidence = {}
    quotes = _assembled(doc, evidence)
    per_speaker = Counter(q.speaker for q in quotes if q.speaker)
    return [(q, features(doc, q, *evidence[(q.start, q.end)], per_speaker[q.speaker or ""])) for q in quotes]


def _assembled(doc: Doc, evidence: Evidence) -> list[Quote]:
    """The article's quotes: each frame's content, then the quoted passages no frame took, each
    given to a speaker by the first way that finds one (``passages.py``), then transcript labels
    and interview answers; overlaps go to the surer quote, split quotations share a group."""
    article = _Assembly(doc, evidence)
    deadline.check()
    out = [q for frame in article.frames if (q := article.frame_quote(frame)) is not None]
    deadline.check()
    article.attribute_in_sentence()
    deadline.check()
    out += article.passage_quotes()
    deadline.check()
    out += labelled(doc, article.people, evidence)
    out += answers(doc, article.people, evidence)
    out.sort(key=lambda q: (q.start, q.end))
    return _group_split(article.text, _run_on(article.text, article.marked, _drop_overlaps(out), evidence))


def _ends_passage(q: Quote, m: Marked) -> bool:
    return m.open_at <= q.start and q.end >= m.end - 1


def _run_on(text: str, marked: list[Marked], quotes: list[Quote], evidence: Evidence) -> list[Quote]:
    """A quotation that runs over paragraphs, each opening with the mark the paragraph before
    opened and left open, is one statement: a paragraph with no speaker of its own goes on with
    the speaker of the one before ('"PENCE: Well, ...' then '"But the truth is ...'), and the
    paragraphs of one speaker share a group. A paragraph opening with another mark (a straight
    one after curly ones) starts a quotation of its own inside an excerpt."""
    out = list(quotes)
    starts = [q.start for q in out]
    for k in range(1, len(marked)):
        m, before = marked[k], marked[k - 1]
        if not m.continues or text[m.open_at] != text[before.open_at]:
            continue
        i = bisect.bisect_left(starts, m.start)
        if i >= len(out) or out[i].start != m.start or out[i].type != "direct":
            continue
        # The quote of the paragraph before: the last that ends where its passage does.
        j = next((n for n in range(i - 1, max(-1, i - 8), -1) if _ends_passage(out[n], before)), None)
        if j is None or out[j].type != "direct":
            continue
        a, b = out[j], out[i]
        if b.speaker is None and a.speaker is not None:
            conf = evidence[(a.start, a.end)][2]
            evidence[(b.start, b.end)] = ("continued", None, conf * 0.95, None)
            b = replace(
                b,
                speaker=a.speaker,
                speaker_kind=a.speaker_kind,
                role=a.role,
                speaker_span=a.speaker_span,
                speaker_mention=a.speaker_mention,
            )
        if b.speaker is not None and b.speaker == a.speaker:
            group = a.group or f"g{a.start}"
            out[j], out[i] = replace(a, group=group), replace(b, group=group)
        else:
            out[i] = b
    return out


class _Assembly:
    """One article on its way from frames and marked passages to quotes: who each passage has
    been given to so far (``claimed``), and every frame's attribution (``reports``)."""

    def __init__(self, doc: Doc, evidence: Evidence):
        self.doc, self.evidence = doc, evidence
        self.text = text_of(doc)
        self.marked = find_marked(self.text)
        self.marked_ends = [m.end for m in self.marked]  # top-level passages do not overlap
        self.inside = _Index(self.marked)
        self.frames = _outermost(doc, find_frames(doc, self.inside))
        self.people = Speakers(
            doc,
            self.inside,
            [f.source for f in self.frames if f.source is not None],
            [f.content for f in self.frames if f.content is not None],
        )
        self.claimed: dict[int, Attribution] = {}
        self.reports: list[Attribution] = []

    def frame_quote(self, frame: Frame) -> Quote | None:
        """The indirect or mixed quote a frame reports; a content that is a quoted passage and
        little else leaves the passage to be a direct quote, claimed by the frame."""
        doc, text = self.doc, self.text
        if frame.content is not None and told(frame) and _names_a_hearer(doc, frame.content, frame.cue.lemma):
            # "Ortiz told the Harbour Times": to whom, not what; a passage beside it is what.
            frame.addressee = frame.addressee or text[frame.content[0] : frame.content[1]]
            frame.content = None
        attribution = attribute(doc, self.people, frame)
        self.reports.append(attribution)
        if frame.content is None or (frame.source is None and frame.probability is None):
            # Nobody to attribute it to. A report with no reporter ("is expected to", "was
            # reported") stays only when the frame judge, which sees the missing subject, keeps it.
            return None
        cs, ce = self._content_span(frame, frame.content)
        hit = _overlapping(self.marked_ends, self.marked, cs, ce)
        outside = _outside_words(text, cs, ce, [self.marked[k] for k in hit])
        if hit and outside <= 1:
            for k in hit:
                # What a frame names with a title ('wrote "Make Your Kid a Millionaire"', 'said
                # on "State of the Union"') is no quotation.
                # What someone was called ('called Merkel “The Chancellor of the Free World”') is
                # theirs, title case or not.
                # A work named so, with nothing else the verb names ('a collection called
                # "Yuge!: 30 Years of Doonesbury"'), is no quotation either.
                cue = doc[frame.cue_tokens[0]]
                named = (
                    frame.cue.lemma in NAMING_VERBS
                    and not any(c.dep_ in ("dobj", "prep", "prt") for c in cue.children)
                    and _work_title(text, self.marked[k])
                )
                title = named or (_titled(text, self.marked[k]) and frame.cue.lemma not in NAMING_VERBS)
                self.claimed.setdefault(k, _NOTHING if title else attribution)
            return None
        kind: QuoteType = "mixed" if hit or any(c in text[cs:ce] for c in '“”«»"') else "indirect"
        for k in hit:
            self.claimed[k] = _NOTHING  # absorbed into the mixed quote
        conf = CONFIDENCE[kind] * KIND_FACTOR.get(frame.cue.kind, 1.0) * attribution.confidence
        return quote_of(doc, text, cs, ce, kind, attribution, conf, self.evidence)

    def _content_span(self, frame: Frame, content: tuple[int, int]) -> tuple[int, int]:
        """The frame's content with its edges mended against the quoted passages and the
        sourcing phrases around it."""
        cs, ce = content
        for k in _overlapping(self.marked_ends, self.marked, cs, ce):
            m = self.marked[k]
            if cs < m.start < ce <= m.end and m.close_at is not None:
                # The parse ended the content inside a quoted passage ('the colleague being
                # "confused," and ...') or before its closing mark ('as "catastrophic".', the
                # mark hung on the verb): what is quoted is quoted whole.
                ce = content[1] if m.close_at - ce > 200 else m.close_at + 1
            elif m.start <= cs < m.end < ce and cs - m.start <= 200:
                cs = m.open_at  # and a content that began inside a passage begins with it
            opens_content = m.open_at <= cs <= m.start
            if m.close_at is None or not m.close_at < ce:
                continue
            if (opens_content and self._goes_on_to_act(m)) or (cs <= m.open_at and self._then_participle(m)):
                ce = m.close_at + 1
        cue_at = frame.cue_char_span[0]
        ce = _before_according_to(self.text, cs, ce, self.inside, cue_at)
        ce = before_gloss(self.doc, cs, ce)
        ce = _passage_before_cue(self.text, self.marked, self.marked_ends, cs, ce, cue_at)
        return cs, ce

    def _then_participle(self, m: Marked) -> bool:
        """'said things “should be wrapped up by Cleveland,” referring to the convention': a
        participle with no subject of its own after the closing mark and a comma is the writer
        going on about the reporter ("citing a report", "pointing to the surplus"), not more of
        what was said, which the marks close."""
        after = self._after_close(m)
        if after is None:
            return False
        first = after[1] if after[0].text == "," else after[0]
        return (
            after_comma(self.doc, first.i)
            and first.tag_ == "VBG"
            and first.dep_ in ("advcl", "xcomp", "ccomp", "conj", "acl")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in first.children)
        )

    def _goes_on_to_act(self, m: Marked) -> bool:
        """'wrote to his followers, “It’s time to go,” and shared a link': after the closing mark
        the reporter's next act, a verb with no subject of its own, not more of what was said."""
        after = self._after_close(m)
        if after is None:
            return False
        first, verb = after[0], after[1]
        return (
            first.pos_ == "CCONJ"
            and verb.tag_ in ("VBD", "VBZ")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        )

    def _after_close(self, m: Marked) -> Span | None:
        """The words after a passage's closing mark, when there are two or more."""
        assert m.close_at is not None
        after = self.doc.char_span(m.close_at + 1, len(self.text), alignment_mode="expand")
        return after if after is not None and len(after) >= 2 else None

    def attribute_in_sentence(self) -> None:
        """Passages no frame took, given to a cue in their sentence, a signature line or a name
        after the closing mark; titles and scare quotes marked as no quotation."""
        doc, people, text = self.doc, self.people, self.text
        cues_by_sentence = by_sentence(doc, self.frames)
        for k, m in enumerate(self.marked):
            att = self.claimed.get(k)
            if att is not None and att.confidence < 0:
                continue
            if att is None:
                if _named_thing(text, m):
                    # A title or a scare-quoted word, whoever the sentence has speak: not a quotation.
                    self.claimed[k] = _NOTHING
                    continue
                att = (
                    same_sentence(doc, people, cues_by_sentence, m)
                    or trailing_source(doc, people, m)
                    or name_after_close(doc, people, m)
                )
            if att is not None:
                self.claimed[k] = att

    def passage_quotes(self) -> list[Quote]:
        """A direct quote of every passage that is one, the rest given to a neighbour's speaker."""
        text, out = self.text, []
        nearby = Nearby(text, self.reports)
        for k, m in enumerate(self.marked):
            att = self.claimed.get(k)
            if att is None:
                att = neighbour(text, self.marked, self.claimed, k, self.reports, self.people, nearby)
                if att is None and not _sentence_like(text, m):
                    continue  # scare quotes, titles: not a quotation
                att = att or Attribution(None, None, None, None, None, 0.5, None, "none")
                self.claimed[k] = att
            if att.confidence < 0:
                continue
            prior = CONFIDENCE["direct_cue"] if att.frame is not None else CONFIDENCE["direct_inherited"]
            conf = prior * att.confidence
            out.append(quote_of(self.doc, text, m.start, m.end, "direct", att, conf, self.evidence))
        return out


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
    index = Stabbing()  # the kept contents by place: a cue's outer reports without a scan of all
    by_size = sorted(frames, key=lambda f: -((f.content[1] - f.content[0]) if f.content else 0))
    for f in by_size:
        cs = f.cue_char_span[0]
        near = [(i, kept[i]) for i in index.near(cs)]
        around = [(i, k) for i, k in near if k.content and k.content[0] <= cs < k.content[1]]
        outer = [k for _, k in around]
        if f.source is not None and f.content is not None:
            for k in outer:
                if k.source is None or (k.how == "inside" and _other_reporter(doc, k, f)):
                    # A report with no reporter yields to one inside it that has one; so does a
                    # cue read as interrupting its content ("X, he said, Y") when that content
                    # holds another reporter's report: the parse went wrong around it.
                    k.content = None
            outer = [k for k in outer if k.content]
        # A cue that ends at a colon reports what follows the colon, not a part of any content
        # around it ('Reyes said as the heckler yelled: “You suck!”'): it stands.
        announces = f.colon and f.content is None and f.source is not None
        stands = announces or not outer or all(cut_adjunct_report(doc, k, f) for k in outer)
        for i, k in around:
            if k.content:
                index.add(i, *k.content)  # a cut may have moved its edges
        if not stands:
            continue
        if f.content:
            index.add(len(kept), *f.content)
        kept.append(f)
    return sorted(kept, key=lambda f: f.cue_tokens[0])


def _other_reporter(doc: Doc, outer: Frame, inner: Frame) -> bool:
    """The inner frame is a statement whose reporter is named otherwise than the outer's ("When
    Clinton noted ..., Trump boasted"), neither being a pronoun that may stand for the other. A
    belief or an act inside ("X, the senator said, the media considered Y"; "The meeting, officials
    said, was aimed at explaining Z") is part of what the outer cue reports."""
    if outer.source is None or inner.source is None or kind_of(inner, doc) != "statement":
        return False
    a, b = doc[slice(*outer.source)], doc[slice(*inner.source)]
    if any(s.root.pos_ == "PRON" for s in (a, b)):
        return False
    return a.text.lower() != b.text.lower()


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


def _passage_before_cue(
    text: str, marked: list[Marked], ends: list[int], cs: int, ce: int, cue_at: int
) -> int:
    """A content that opens with a whole quoted passage and has its cue right after it ('"A," X
    said, and her husband cut in', '"A," he said, introducing Clinton') ends with the passage:
    what follows the cue is the narrative going on, not more of what was said."""
    first = _overlapping(ends, marked, cs, cs + 3)  # an opening mark may be two characters ('')
    if not first:
        return ce
    m = marked[first[0]]
    if m.close_at is None or not (m.open_at <= cs <= m.start) or not (m.close_at < cue_at < ce):
        return ce
    between = text[m.close_at + 1 : cue_at]
    if len(between) > 80 or any(c in between for c in ".;:"):
        return ce
    return m.close_at + 1


def _names_a_hearer(doc: Doc, content: tuple[int, int], lemma: str) -> bool:
    """The content is a name or a pronoun and nothing more, or, after "tell" and its kin, a plain
    noun phrase ("told the crowd"): someone, not something said ("told a story" is something;
    "urged a strong stand" is what was urged)."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return False
    if all(t.pos_ in ("PROPN", "PRON", "DET", "PART", "PUNCT") for t in span):
        return True
    root = span.root
    plain = all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART", "PUNCT", "NUM") for t in span)
    if plain and root.pos_ == "NOUN" and (lemma_of(root) in PEOPLE_NOUNS or is_role_word(root)):
        # "asked the real estate mogul", "urged the senator": whoever the cue's object is, a
        # person is the hearer, not what was said.
        cue = cues().get(lemma)
        return cue is not None and cue.addressee_object
    return lemma in HEARER_FIRST and root.pos_ == "NOUN" and lemma_of(root) not in TOLD_THINGS and plain


def _named_thing(text: str, m: Marked) -> bool:
    """A title ("The Walking Dead", "Morning Joe,"; a longer one after "of", "called", "book" and
    the like) or a word or two in scare quotes ("gestured “no”", "an “apology”"): no frame's
    content, and nothing anyone said."""
    words = _WORDS.findall(text[m.start : m.end])
    if not words:
        return True
    exclaimed = any(c in text[m.start : m.end] for c in "!?")
    if len(words) <= 6 and _title_case(words) and not exclaimed:
        return True
    before = _WORDS.findall(text[max(0, m.open_at - 30) : m.open_at])
    if before and before[-1].lower() in TITLE_INTRODUCERS and _work_title(text, m):
        return True  # a work's title, long or exclaimed ("of ''Those Guys Have All the Fun''")
    return len(words) <= 2 and text[m.end - 1 : m.end] not in ".!?,"


def _work_title(text: str, m: Marked) -> bool:
    """A passage that reads as the title of a book, a film or a show: four to fourteen words in
    title case ("Yuge!: 30 Years of Doonesbury on Trump.")."""
    words = _WORDS.findall(text[m.start : m.end])
    return 4 <= len(words) <= 14 and _title_case(words)


def _titled(text: str, m: Marked) -> bool:
    """A passage in title case with no more words than a title has ("State of the Union.",
    "Chick Lit: The New Woman's Fiction")."""
    words = _WORDS.findall(text[m.start : m.end])
    return 2 <= len(words) <= 8 and _title_case(words) and not any(c in text[m.start : m.end] for c in "!?")


_MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "as",
        "vs",
        "s",
        "t",
    ]
)


def _title_case(words: list[str]) -> bool:
    """Two words or more, nearly all capitalised but for the short words a title leaves small
    ("Fox News Sunday", "Coal Isn't the Villain", "Face the Nation")."""
    major = [w for w in words if w.lower() not in _MINOR_WORDS or w[:1].isupper()]
    if len(words) < 2:
        return False
    capitalised = sum(1 for w in major if w[:1].isupper())
    # A short title leaves no major word small; "Nusra is Al Qaeda" is a sentence.
    return capitalised == len(major) if len(major) <= 4 else capitalised >= 0.75 * len(major)


def _sentence_like(text: str, m: Marked) -> bool:
    """Could the passage be something someone said? Not a short phrase, and not a title in title
    case ("Fox News Sunday", "Coal Isn't the Villain")."""
    words = _WORDS.findall(text[m.start : m.end])
    if _title_case(words):
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


def _same_source(a: Quote, b: Quote) -> bool:
    """The same named speaker, or, where none is named ("the 46-year-old said"), the same mention."""
    if a.speaker is not None or b.speaker is not None:
        return a.speaker == b.speaker
    return a.speaker_span is not None and a.speaker_span == b.speaker_span


def _group_split(text: str, quotes: list[Quote]) -> list[Quote]:
    """The passages of one statement that its attribution splits ('"A," she said. "B."', 'She
    called it "too little," she added. "B."', '"A," he said, recalling the vote. "B."') share a
    group id: a direct passage that follows another quote of the same speaker in the same
    paragraph, or opens the next one with no cue of its own, with the cue of one of them between
    them and nothing quoted between them but what the attribution itself reports on the way
    ("recalling the vote", 'after hinting that “personnel changes” could come'), which stays a
    quote of its own."""
    out = list(quotes)
    for i in range(1, len(out)):
        b = out[i]
        if b.type != "direct":
            continue
        j = _before(out, i)  # a report inside the attribution ("recalling the vote") is skipped
        if j >= 0 and out[j].type == "mixed":
            k = _before(out, j)
            if k >= 0 and _reported_in_attribution(text, out[k], out[j], b):
                j = k
        if j < 0 or not _same_source(out[j], b):
            continue
        a = out[j]
        inner = out[j + 1 : i]
        if not all(_same_source(q, b) for q in inner if q.type == "mixed"):
            continue  # someone else's words quoted in between
        gap = _without(text, a.end, b.start, [q for q in inner if q.type == "mixed"])
        if ("\n" in gap and not _next_paragraph(gap, b)) or len(gap) > 400:
            continue
        if _quoted_between(gap) or not (_cue_between(a, a, b) or _cue_between(b, a, b)):
            continue
        if b.cue_span is not None and a.cue_span is not None and b.cue_span != a.cue_span:
            continue
        group = a.group or f"g{a.start}"
        out[j] = replace(a, group=group)
        out[i] = replace(b, group=group)
    return out


def _before(quotes: list[Quote], i: int) -> int:
    """The last quote before quotes[i] that is not an indirect report (-1 when none)."""
    j = i - 1
    while j >= 0 and quotes[j].type == "indirect":
        j -= 1
    return j


def _reported_in_attribution(text: str, a: Quote, mixed: Quote, b: Quote) -> bool:
    """The mixed quote between passages a and b is reported by their attribution on the way, in
    the same paragraph ('“A,” Carson told the AP after hinting that “personnel changes” could
    come. “B.”'): its source's, after the cue that follows a."""
    between = text[a.end : mixed.start]
    return (
        "\n" not in between
        and _same_source(a, b)
        and _same_source(mixed, b)
        and (_cue_between(a, a, mixed) or _cue_between(b, a, mixed))
    )


def _without(text: str, lo: int, hi: int, inner: list[Quote]) -> str:
    """text[lo:hi] with what the attribution itself quotes on the way blanked out, marks and all
    ('told the AP after hinting that “personnel changes” could come')."""
    chars = list(text[lo:hi])
    for q in inner:
        start, end = max(lo, q.start), min(hi, q.end)
        while start > lo and text[start - 1] in QUOTE_CHARS:
            start -= 1
        while end < hi and text[end] in QUOTE_CHARS:
            end += 1
        chars[start - lo : end - lo] = " " * max(0, end - start)
    return "".join(chars)


def _next_paragraph(gap: str, b: Quote) -> bool:
    """The quotation goes on at the start of the next paragraph, with no cue of its own
    ('"A," said X.' then '"B."')."""
    return b.cue_span is None and gap.count("\n") <= 2 and not gap[gap.rfind("\n") :].strip(_OPENING)


_OPENING = " \n\"“‘'"


def _quoted_between(gap: str) -> bool:
    """Another quotation between two passages (their own marks aside); a title in marks ("on
    Fox News's “Fox and Friends.”") is none."""
    inner = gap.lstrip(_OPENING + "”’.,;:!?").rstrip(_OPENING)
    if not any(c in inner for c in '"“”') and "''" not in inner:
        return False
    quoted = [m.group(1) or m.group(2) for m in _IN_MARKS.finditer(inner)]
    return not quoted or not all(_title_case(_WORDS.findall(q)) for q in quoted)


_IN_MARKS = re.compile(r"[\"“](.+?)(?:[\"”]|$)|''(.+?)(?:''|$)")


def _cue_between(q: Quote, a: Quote, b: Quote) -> bool:
    return q.cue_span is not None and a.end <= q.cue_span[0] and q.cue_span[1] <= b.start
