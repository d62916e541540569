"""A reporting frame (cue, source, content, hearer, target), who its reporter is in the parse, and
how the frame judge is asked about it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotegraph.extract.framescore import FrameModel, frame_features
from quotegraph.extract.lexicon import (
    HONORIFICS,
    NAMING_VERBS,
    RELATIVE_PRONOUNS,
    ROLE_TITLES,
    TIME_NAMES,
    WEEKDAYS,
    Cue,
)
from quotegraph.extract.nlp import lemma_of, text_of
from quotegraph.extract.spans import is_mark

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Cues with no subject of their own take it from the clause they hang from.
INHERIT_SUBJECT_DEPS = {"xcomp", "conj", "advcl", "ccomp", "pcomp", "prep", "acomp"}


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
    """The kind of construction that gave the content, as the frame judge and the frames column of
    data/cues.tsv name it: the ``how`` of one of ``constructions.CONSTRUCTIONS`` (a verb's) or of
    ``word_constructions.WORD_CONSTRUCTIONS`` (a noun's, an adjective's, a phrase's)."""
    construction: str = ""
    """The name of the verb construction that gave the content ("" for other frames, or none)."""
    reporter_rule: str = ""
    """The name of the reporter rule (``reporters.REPORTER_RULES``) that settled the source."""
    tail_features: list[str] | None = None
    """What the tail model saw of the rest of the sentence, when there was a rest to judge."""
    tail_end: int | None = None
    """Where the content would end with the rest of its sentence."""
    features: list[str] | None = None
    """What the frame judge saw (framescore.py), for frames that had content."""
    probability: float | None = None
    """The judge's probability that the content is reported content."""


InsideQuote = Callable[[int], bool]
"""Whether a character offset falls inside a quotation's marks."""


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


def name_before(v: Token) -> Token | None:
    """ "But Trump claims that ...": the name the parser made a compound of a cue it took for a
    plural noun, right before it; that name is the cue's subject."""
    if v.pos_ != "NOUN" or v.tag_ != "NNS":
        return None
    return next((c for c in v.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == v.i - 1), None)


def subject_of(v: Token) -> Token | None:
    named = name_before(v)
    if named is not None:
        return named
    seen = 0
    passive_subject_ok = False
    while v is not None and seen < 4:
        # Not a mark the parser made a subject; "%" is one ("42% say ...").
        subjects = [c for c in v.children if c.dep_ in SUBJECT_DEPS and (not c.is_punct or _percent(c))]
        if subjects and all(_misread_subject(c) for c in subjects):
            # The clause's subject is elsewhere in it ("Of Carson, Levine, who ..., said"), never
            # in a clause above: the reporter rules look for it before the cue.
            return None
        if len(subjects) > 1:
            # "the emails, which she said were all": the relative pronoun is the subject of what
            # was said, the other subject the reporter's.
            subjects = [c for c in subjects if c.lower_ not in ("which", "that", "who")] or subjects
            # "His final assessment: “...,” he said": a subject the parser also gave the verb
            # across a colon or a quotation is no subject; the one nearest before the verb is.
            before = [c for c in subjects if c.i < v.i]
            if len(before) > 1:
                subjects = [max(before, key=lambda c: c.i)] + [c for c in subjects if c not in before]
        if subjects:
            if subjects[0].dep_ == "nsubjpass" and not passive_subject_ok and not _perfect_read_as_passive(v):
                return _agent(v)
            # A passive clause's subject is the subject of an active verb joined to it or hung
            # on it ("who are drawn to his message and feel that ...", "was sidelined after
            # demonstrating that ..."), not of an infinitive ("is expected to endorse").
            return _past_dateline(subjects[0])
        shared = _coordinate_read_as_adverbial(v)
        if shared is not None and not (seen == 0 and _phrase_follows(v)):
            # A cue with a noun phrase right after it may have its reporter there ("He had a
            # voice in it, said a former spokesman"): the clause before is then its content.
            return shared
        if v.dep_ == "acl" and v.head.pos_ in ("PROPN", "NOUN") and v.head.i < v.i:
            if v.tag_ == "VBG":
                return v.head  # "footage of Clinton asking ...", "polls showing ...": the noun it modifies
            if v.head.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in v.children):
                return v.head  # "A Quinnipiac poll found that ...", parsed as a poll that was found
            if naming_taken_for_a_modifier(v):
                return v.head
        if v.dep_ == "xcomp":
            # "prompted Parliament to call a debate", "urged her to say": the object does it.
            obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)
            if obj is not None and obj.pos_ in ("PROPN", "PRON") and obj.lower_ != "it":
                return obj
        if seen == 0 and (passive_participle(v) or any(c.dep_ == "auxpass" for c in v.children)):
            # "Asked whether he would run, Lind said no", "without being told to smile": who was
            # asked or told is the subject the clause lends; who asked is the agent, if named.
            return _agent(v)
        if v.dep_ not in INHERIT_SUBJECT_DEPS or v.head is v:
            return None
        passive_subject_ok = v.dep_ in ("conj", "pcomp", "prep", "advcl")
        v = v.head
        seen += 1
    return None


def has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in tok.children)


def _misread_subject(tok: Token) -> bool:
    """A word the parser made a subject that cannot be one: a preposition ("Of Carson, Levine
    said", with "Of" the subject) or a weekday opening a scene ("Saturday at the convention Sen.
    Ann Lee said")."""
    return tok.pos_ == "ADP" or tok.lower_ in WEEKDAYS


def _percent(tok: Token) -> bool:
    return tok.text == "%" and any(c.dep_ == "nummod" for c in tok.children)


def _perfect_read_as_passive(v: Token) -> bool:
    """ "He's said he gets his ideas from ...": the "'s" is "has", which the parser read as "is";
    a person's report of a clause, not what is said of them ("She's said to be rich")."""
    return (
        any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in v.children)
        and any(c.dep_ == "nsubjpass" and c.lower_ in ("he", "she") for c in v.children)
        and any(c.dep_ == "ccomp" for c in v.children)
        and not any(c.dep_ == "xcomp" for c in v.children)
    )


def _past_dateline(subject: Token) -> Token:
    """ "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told ...": a dateline
    the parser took for the subject, with the subject hung on it after the dash; the subject."""
    if not (subject.is_upper and subject.is_alpha and subject.i == subject.sent.start):
        return subject
    for appos in subject.rights:
        if appos.dep_ == "appos" and any(
            t.text in CLAUSE_BREAKS for t in subject.doc[subject.i : appos.left_edge.i]
        ):
            return appos
    return subject


def _phrase_follows(v: Token) -> bool:
    nxt = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
    return nxt is not None and nxt.pos_ in _PHRASE_OPENING and nxt.dep_ != "nsubj"


_PHRASE_OPENING = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"})


def unmarked(clause: Token) -> bool:
    """A clause no conjunction, auxiliary or wh-word opens: a finite verb standing as a main
    verb does, whatever dependency the parser gave it."""
    return not any(
        c.dep_ in ("mark", "aux", "auxpass") or c.tag_ in ("WRB", "WDT", "WP") for c in clause.children
    )


def _coordinate_read_as_adverbial(v: Token) -> Token | None:
    """ "Reyes summed her up as “terrible,” denounced her record and said ...": a finite verb
    with no conjunction before a verb with no subject is a coordinate the parser read as an
    adverbial or complement clause; its subject is the subject of both. A complement clause
    must open with a name or a personal pronoun outside quotation marks, not with what a
    quotation says ("“The plan is dead,” said ...")."""
    if v.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = v.doc
    for clause in v.lefts:
        if clause.dep_ not in ("advcl", "ccomp") or clause.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if not unmarked(clause):
            continue
        subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
        if subject is None or subject.left_edge.i != clause.left_edge.i:
            continue
        if clause.dep_ == "ccomp" and (
            (subject.pos_ != "PROPN" and subject.lower_ not in ("he", "she", "they"))
            or (subject.left_edge.i > 0 and is_mark(doc[subject.left_edge.i - 1]))
        ):
            continue
        return subject
    return None


def subject_after_quote(doc: Doc, v: Token, inside_quote: InsideQuote) -> Token | None:
    """The noun phrase between a quotation's close and its cue ("“...,” Rep. Ann Lee (D-Md.)
    said"): its word that hangs from outside the phrase."""
    lo = v.i
    while lo > v.sent.start and not inside_quote(doc[lo - 1].idx) and not is_mark(doc[lo - 1]):
        lo -= 1
    nominal = [t for t in doc[lo : v.i] if t.pos_ in ("PROPN", "NOUN", "PRON")]
    for t in nominal:
        if not lo <= t.head.i < v.i:
            return t
    # A parse too broken to say: the name or pronoun before the cue, whatever the tagger made of
    # it ("“...,” Skelly said", where "Skelly" was read as an adverb).
    names = [t for t in doc[lo : v.i] if t.pos_ in ("PROPN", "PRON") or (t.is_alpha and t.text[:1].isupper())]
    return names[-1] if names else None


CLAUSE_BREAKS = {"—", "–", "--", ":", ";"}


def name_before_apposition(doc: Doc, v: Token) -> Token | None:
    """ "Jeffrey Salkin, a rabbi helping to organize the boycott, said ...", "But Sen. Ann Lee
    (D-Ill.), noting the size of the crowd, said ...": the clause opens with a name and a comma,
    and the cue follows the apposition's closing comma; the parser lost the subject in between.
    The name may follow a phrase that sets the scene ("Alarmed by the unrest in Nevada, Senator
    Harry Reid, the minority leader, said ...")."""
    sent = v.sent
    end = v.i  # the cue, or an adverb before it ("Clinton, without naming him, also accused")
    while end - 1 > sent.start and doc[end - 1].pos_ == "ADV" and doc[end - 1].dep_ in ("advmod", "neg"):
        end -= 1
    if end - 1 <= sent.start or doc[end - 1].text != ",":
        return None
    start = sent.start
    for t in doc[sent.start : v.i - 1]:
        if t.text in CLAUSE_BREAKS:
            start = t.i + 1  # "It was no accident — Brendan Buck, a spokesman, told ..."
    while start < v.i and doc[start].pos_ == "CCONJ":
        start += 1  # "But Sen. Ann Lee, ..."
    name = _name_then_comma(doc, start, end, ("PERSON", "ORG"))
    if name is not None or v.tag_ not in ("VBD", "VBZ", "VBP"):
        return name
    # After a scene-setting phrase, only a person's name: "At a rally in Portsmouth, N.H., on
    # Tuesday, ..." names places between its commas.
    commas = [t.i for t in doc[start : end - 1] if t.text == ","]
    for comma in commas:
        name = _name_then_comma(doc, comma + 1, end, ("PERSON",))
        if name is not None:
            return name
    return _name_after_its_role(doc, commas, end)


def _name_after_its_role(doc: Doc, commas: list[int], end: int) -> Token | None:
    """ "In a statement, her senior policy adviser, Jake Sullivan, said ...": after a phrase that
    sets the scene, a role and then the person's name, each between commas, before the cue; the
    name (its last word)."""
    if len(commas) < 2:
        return None
    role = doc[commas[-2] + 1 : commas[-1]]
    name = doc[commas[-1] + 1 : end - 1]
    if not role or not name or not any(t.pos_ == "NOUN" for t in role):
        return None
    words = [t for t in name if not _is_title(t)]
    if not words or words[0].ent_iob_ != "B" or any(t.ent_type_ != "PERSON" for t in words):
        return None
    return words[-1] if all(t.ent_iob_ == "I" for t in words[1:]) else None


def _name_then_comma(doc: Doc, start: int, end: int, types: tuple[str, ...]) -> Token | None:
    """The name of one of ``types`` (its last word) that opens tokens [start, end) and is
    followed by a comma other than the one closing them."""
    name = doc[start] if start < end else None
    while name is not None and name.ent_iob_ != "B" and name.i + 1 < end and _is_title(name):
        name = doc[name.i + 1]  # "Sen." before the name
    if name is None or name.ent_type_ not in types:
        return None
    while name.i + 1 < end and doc[name.i + 1].ent_iob_ == "I":
        name = doc[name.i + 1]
    after = name.i + 1
    if after < end and doc[after].text == "(":
        close = next((t.i for t in doc[after:end] if t.text == ")"), None)
        after = close + 1 if close is not None else after  # "(D-Ill.)"
    if after >= end - 1 or doc[after].text != ",":
        return None
    return name


def _is_title(tok: Token) -> bool:
    return tok.lower_ in ROLE_TITLES or tok.lower_ in HONORIFICS


def after_quote(doc: Doc, v: Token, inside_quote: InsideQuote) -> bool:
    """The cue closes a quotation's sentence: a closing mark, then at most a short phrase
    ("“...,” Skelly said", "“...,” said X")."""
    if any(c.dep_ == "nsubjpass" for c in v.children):
        return False  # "the “reform” package was published": passive, not a reporter's place
    lo = v.i
    while lo > v.sent.start and v.i - lo <= 8 and not is_mark(doc[lo - 1]):
        lo -= 1
    if lo < 2 or not is_mark(doc[lo - 1]) or not inside_quote(doc[lo - 1].idx):
        return False
    if v.dep_ == "conj" and lo <= v.head.i < v.i and v.head.pos_ in ("VERB", "AUX"):
        # 'called her “terrible,” denounced her record and said ...': a cue coordinated with a
        # verb after the quotation shares that verb's subject; the words between are its object.
        return False
    # The passage ended as a sentence or a clause does: '“...,” X said', not 'the “reform” plan'.
    return doc[lo - 2].text in (",", ".", "!", "?", "…") or doc[lo].text == ","


def embedded(doc: Doc, close: int, inside_quote: InsideQuote) -> bool:
    """The passage closing at token ``close`` opened inside its sentence, right after a word
    ('called Okafor “reckless,” mocked her record'): a word or phrase quoted within a clause, not
    a quotation that a cue after it reports."""
    start = doc[close].sent.start
    k = close - 1
    while k > start and inside_quote(doc[k - 1].idx):
        k -= 1
    if k <= start or not is_mark(doc[k]):
        return False
    return doc[k - 1].is_alpha  # the opening mark follows a word of the same sentence


def name_after_cue(doc: Doc, v: Token) -> Token | None:
    """ "“...,” said Oversight ranking Democrat Elijah Cummings": the first person named in the
    phrase after the cue, when the parse did not make it the subject."""
    for t in doc[v.i + 1 : min(len(doc), v.i + 9)]:
        if t.is_punct or t.sent.start != v.sent.start:
            return None
        if t.ent_type_ == "PERSON":
            while t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I":
                t = doc[t.i + 1]
            if t.dep_ in ("compound", "poss") and t.head.pos_ == "NOUN" and t.head.i > t.i:
                return t.head  # "wrote a Trump supporter": the supporter, not Trump
            return t
    return None


def inverted_subject(doc: Doc, v: Token) -> Token | None:
    """ "said Caddell", "Said Ellis:": a name right after the cue is its subject, however parsed."""
    nxt = doc[v.i + 1] if v.i + 1 < len(doc) else None
    if nxt is None or nxt.pos_ != "PROPN" or nxt.sent.start != v.sent.start or nxt.lower_ in TIME_NAMES:
        return None  # "tweeted Sunday" names a day, not a reporter
    if any(c.dep_ in ("ccomp", "xcomp") and c.is_ancestor(nxt) for c in v.children):
        return None  # "hope Trump's behavior will help": the subject of what was hoped
    while nxt.dep_ == "compound" and nxt.head.i > nxt.i and nxt.head.sent.start == v.sent.start:
        nxt = nxt.head  # "tweeted Rubio spokesman Alex Conant": the phrase's head, not its first word
    while nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ == "PROPN" and doc[nxt.i + 1].ent_iob_ == "I":
        nxt = doc[nxt.i + 1]
    if nxt.i + 1 < len(doc) and doc[nxt.i + 1].tag_ == "POS":
        return None  # "called AP's report a rush to judgment": whose report, not who called it
    if any(c.dep_ == "oprd" and c.i > nxt.i for c in v.children):
        return None  # "called Tom Ortiz a “fraud”": who was called so, not who called him that
    return nxt


def naming_taken_for_a_modifier(v: Token) -> bool:
    """ "one lawmaker called Trump “the orange prince”" parsed as a lawmaker who was called
    something: a naming verb hung on the sentence's only noun, with both whom it names and what
    it calls them, is that noun's main verb ("a group called Stop Hillary" names one thing)."""
    return (
        v.dep_ == "acl"
        and v.head.dep_ == "ROOT"
        and v.head.i < v.i
        and lemma_of(v) in NAMING_VERBS
        and sum(c.dep_ == "oprd" for c in v.children) >= 2
    )


def passive_participle(v: Token) -> bool:
    """A past participle hung on a clause as an adverbial of its own, with no auxiliary ("Asked
    about the plan, ...", "when asked ..."; not "having asked"); also one the tagger took for a
    past tense, opening the sentence before its clause with no subject of its own ("Asked what
    he wanted, Reyes said ...": Reyes was asked, he asked nothing)."""
    if v.dep_ != "advcl" or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    if v.tag_ == "VBN":
        return True
    return (
        v.tag_ == "VBD"
        and v.i == v.sent.start
        and v.head.i > v.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children)
    )


def _agent(v: Token) -> Token | None:
    for child in v.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def judged(
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
    return model.accepts(frame.probability, known) or _plain_report(cue_tok, frame, source, content)


def _plain_report(v: Token, frame: Frame, source: Token | None, content: tuple[int, int]) -> bool:
    """ "He said he intends to win every delegate": a cue of speech from the lexicon, a subject
    of its own, and after it a whole clause, subject and all, is a report whatever the judge
    makes of the sentence around it."""
    if frame.cue.kind != "speech" or frame.how != "clause" or source is None or content[0] < v.idx:
        return False
    if source.lower_ in RELATIVE_PRONOUNS or source.lower_ == "what" or source.i > v.i:
        return False
    span = v.doc.char_span(*content, alignment_mode="expand")
    return span is not None and has_subject(span.root)
