"""The constructions that say what a cue verb reported, one small function each, in the order they
are tried: the first that applies gives the frame its content.

Each construction is named, carries the ``how`` that the frame judge (``framescore.py``) and the
frames column of ``data/cues.tsv`` know it by, and comes with example sentences and the content
each gives; ``tests/extract/test_constructions.py`` runs them and the "Constructions" section of
``docs/extraction.md`` is written from them (``tools/write_constructions_doc.py``). Who the reporter
is comes first (``reporters.py``); reports named by nouns, adjectives and phrases are built
elsewhere and listed in ``word_constructions.py``.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotegraph.extract.clauses import (
    active,
    adverbial,
    announces_what_follows,
    as_parenthetical,
    before_event_adjunct,
    clause_hung_on_hearer,
    content_prep,
    continuations,
    holds,
    interrupts_complement,
    joined_by_conjunction,
    lead_clauses,
    names_it,
    reason_clause_end,
    relative,
    second_that_clauses,
    sets_the_time,
    unmarked_aside,
    xcomp_reports,
)
from quotegraph.extract.frame import CLAUSE_BREAKS, SUBJECT_DEPS, Frame, InsideQuote, has_subject
from quotegraph.extract.lexicon import HEARER_TOPIC_PREPS, NAMING_VERBS, PEOPLE_NOUNS, WEAK_OBJECTS, Cue, cues
from quotegraph.extract.naming import is_role_word
from quotegraph.extract.nlp import lemma_of
from quotegraph.extract.nominal import topic_prep
from quotegraph.extract.spans import (
    after_comma,
    before_trailing_when,
    is_mark,
    is_venue,
    np_bounds,
    phrase_text,
    says_when,
    span_chars,
    subtree_range,
)

# Dependents of a verb that, with its object, are the reported content ("described al Hayya as ...").
OBJECT_CONTENT_DEPS = {"dobj", "oprd", "xcomp", "prep", "advcl", "acomp", "attr"}


@dataclass(frozen=True)
class Site:
    """A verb that may be a cue, and the parse around it: what the reporter rules
    (``reporters.py``) and the content constructions read."""

    doc: Doc
    verb: Token
    cue: Cue
    known: bool
    """The verb is a cue of the lexicon (data/cues.tsv), or "put" in "as X put it"."""
    inside_quote: InsideQuote
    reporter: Token | None = None
    """The reporter's word, once the reporter rules have found one."""

    @functools.cached_property
    def clauses(self) -> list[Token]:
        """The verb's complement clauses. A clause holding the reporter is no part of what was
        reported ("“...,” said Oversight ranking Democrat X", where the parser made "ranking" a
        complement of "said"), nor is a relative clause the parser took for a complement."""
        return [
            c
            for c in self.verb.children
            if c.dep_ == "ccomp"
            and not holds(c, self.reporter)
            and not relative(c, self.verb)
            and not self._reports_a_quotation(c)
        ]

    def _reports_a_quotation(self, clause: Token) -> bool:
        """ "“You winning?” she said, but ..., Melanie said": a clause before the cue that is
        itself a cue of speech with its own subject, right after a closing mark, reports that
        quotation; it is no part of what this cue reports."""
        doc = self.doc
        if clause.i > self.verb.i or lemma_of(clause) not in cues():
            return False
        subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
        first = clause.left_edge.i
        return (
            subject is not None
            and first > 0
            and not self.inside_quote(doc[first].idx)
            and is_mark(doc[first - 1])
            and self.inside_quote(doc[first - 1].idx)
        )

    @functools.cached_property
    def objects(self) -> list[Token]:
        """The verb's objects, direct or dative: its content, or its hearer ("told CBS ..."); not
        one that holds the reporter ('"Get out!" shouted a man in the crowd', parsed as what he
        shouted)."""
        return [c for c in self.verb.children if c.dep_ in ("dobj", "dative") and not holds(c, self.reporter)]


@dataclass(frozen=True)
class Example:
    """An invented sentence and what a rule finds in it: the content, or the reporter."""

    text: str
    expected: str


FindContent = Callable[[Site, Frame], bool]
"""A construction's test and reading: whether it applies to the site; when it does, it sets the
frame's content (None when the words trim to nothing), and any hearer or cue words it finds."""


@dataclass(frozen=True)
class Construction:
    name: str
    how: str
    """What the frame records: the judge's features and the frames column of data/cues.tsv know
    the construction by this (several constructions may share one); "" when it gives no content."""
    find: FindContent
    examples: tuple[Example, ...]
    cue_table: bool = True
    """A lexicon cue reports with it unless the frames column of data/cues.tsv leaves it out
    (``lexicon.ALL_FRAMES``; tools/learn_frames.py measures it per cue)."""

    @property
    def description(self) -> str:
        return inspect.getdoc(self.find) or ""


def read_content(site: Site, frame: Frame) -> Construction | None:
    """The first construction that applies to the site, having given the frame its content."""
    for construction in CONSTRUCTIONS:
        if construction.find(site, frame):
            frame.how = construction.how
            frame.construction = construction.name
            if construction.how in ("object", "prep"):
                _with_coordinated_object(site, frame)
            return construction
    return None


def _with_coordinated_object(site: Site, frame: Frame) -> None:
    """ "criticized him for votes against the bill in the 1990s and his vote to cut the fund": a
    noun phrase the parser coordinated with the cue itself, after the content, is more of what
    the cue took as its object."""
    if frame.content is None:
        return
    doc, v = site.doc, site.verb
    end = frame.content[1]
    joined = any(c.dep_ == "cc" and c.idx >= end for c in v.rights)
    more = [c for c in v.rights if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.idx >= end]
    if joined and more:
        last = more[-1].right_edge
        while last.is_punct and last.i > more[-1].i:
            last = doc[last.i - 1]
        if ";" not in doc.text[end : last.idx]:  # the writer's next clause, whatever the parse
            frame.content = (frame.content[0], last.idx + len(last.text))


def clause_under_hearer(site: Site, frame: Frame) -> bool:
    """A cue whose object is its hearer, and a "that" clause the parser hung on the hearer's noun
    ("told Channel Nine's Morning Report show that she would not run"): all before "that" is the hearer,
    the clause is the content."""
    if not site.cue.addressee_object or site.clauses:
        return False
    hung = clause_hung_on_hearer(site.objects)
    if hung is None:
        return False
    doc, v = site.doc, site.verb
    that, clause_head = hung
    frame.addressee = doc[v.i + 1 : that.i].text.strip(" ,")
    frame.content = span_chars(doc, that.i + 1, clause_head.right_edge.i + 1)
    return True


CLAUSE_UNDER_HEARER = Construction(
    "clause_under_hearer",
    "clause",
    clause_under_hearer,
    (
        Example(
            "The minister told the BBC's Today programme that the pier would reopen in May.",
            "the pier would reopen in May",
        ),
    ),
)


def complement_clause(site: Site, frame: Frame) -> bool:
    """The complement clause nearest the cue ("said that the plan would fail"). When the cue
    interrupts its content ("Though X, he said, Y"; "X rose 9 percent, the agency said, and Y fell
    1 percent") the content is both sides; a subjectless clause that took the verb's object for
    its own ("estimated the cost will be ...") starts at the object; a reason clause right after
    the content belongs to it, and so does a second "that" clause ("said A, but that B"); a subject
    the parser took for an adverb of the cue ("said the days when ... are gone"), or for its object
    where the object is the hearer ("told the Gazette the city's standards are not perfect"), is
    its own."""
    doc, v, cue, subj = site.doc, site.verb, site.cue, site.reporter
    # Not a clause before the cue that says when ("shortly after the senator withdrew, Cruz said")
    # or that another report, a colon or a dash stands between.
    clause = [
        x
        for x in site.clauses
        if x.i > v.i
        or not (
            _reported_between(site, x.right_edge.i, v.i)
            or sets_the_time(x)
            or _break_between(site, x, v)
            or _aside_before_its_quotation(site)
        )
    ]
    if not clause:
        return False
    obj = site.objects
    c = min(clause, key=lambda t: abs(t.i - v.i))
    lo, hi = subtree_range(c)
    # A clause after the cue that its own conjunction makes an adverbial ("..., Lind said,
    # as the crowd filed out") says when or why, not more of what was said.
    following = [x for x in clause if x.i > v.i and not adverbial(x)] or continuations(v, subj)
    if any(x.i < v.i for x in clause) and following:
        lo = min(x.left_edge.i for x in clause)
        hi = max(x.right_edge.i for x in clause + following) + 1
    elif c.i > v.i:
        # "said A, but B": a clause the parser coordinated with the cue after "but", with a
        # subject of its own, carries on the report ("said she won a scholarship, but her
        # parents earned too much").
        more = [x for x in continuations(v, subj) if x.left_edge.i >= hi - 1 and _after_but(doc, hi - 1, x)]
        # "said A, but that B": a second complement the parser coordinated with the cue.
        more += [x for x in second_that_clauses(v) if x.left_edge.i >= hi - 1]
        if more:
            hi = max(x.right_edge.i for x in more) + 1
    if c.i < v.i and not following:
        hi = max([hi] + [x.right_edge.i + 1 for x in _rest_after_aside(site)])
    if not cue.addressee_object and obj and obj[0].i < lo and not has_subject(c):
        lo = obj[0].left_edge.i
        obj = []
    elif c.i > v.i and not has_subject(c) and (lost := _subject_read_as_adverb(v, lo)) is not None:
        lo = lost  # "said the days when ... are gone", with "the days" read as when he said it
    elif cue.addressee_object and c.i > v.i and not has_subject(c) and _subject_read_as_object(obj, lo):
        # "told POLITICO the state's standards are not perfect", "promised her entire program
        # would be paid for": the object before the clause is its subject, not the hearer.
        lo = obj[-1].left_edge.i
        obj = obj[:-1]
    elif v.dep_ == "relcl" and c.i > v.i and not has_subject(c) and v.head.pos_ in ("NOUN", "PROPN"):
        # "a probe the agency said was ongoing": the noun the cue's clause hangs on is the
        # subject its content lacks, as "which" is in "the plan, which the mayor said would cost".
        lo = np_bounds(v.head)[0]
    content_lo = _repair_complementizer(doc, v, lo, hi, frame)
    hi = reason_clause_end(doc, v, hi)
    frame.content = span_chars(doc, content_lo, hi)
    if cue.addressee_object and obj and frame.addressee is None:
        frame.addressee = phrase_text(doc, obj[0])
    return True


COMPLEMENT_CLAUSE = Construction(
    "complement_clause",
    "clause",
    complement_clause,
    (
        Example("Mayor Ruth Okafor said that the budget was balanced.", "the budget was balanced"),
        Example("The pier will reopen in May, the harbour master said.", "The pier will reopen in May"),
        Example(
            "The coach told ESPN's Sunday Countdown show that he would not resign.", "he would not resign"
        ),
        Example(
            "The governor said the city needs a new pier, but that he would not close the harbour.",
            "the city needs a new pier, but that he would not close the harbour",
        ),
        Example(
            "Hemsley, the author of a book about ferries, said the days when the town had “one harbour"
            " story” from its two papers are gone.",
            "the days when the town had “one harbour story” from its two papers are gone",
        ),
        Example(
            "The mayor promised her entire harbour program would be paid for through a levy.",
            "her entire harbour program would be paid for through a levy",
        ),
    ),
)


def _subject_read_as_object(objects: list[Token], lo: int) -> bool:
    """The last object of a cue whose object is its hearer ends right where a clause with no
    subject starts, and it is no hearer: a second object (the first is the hearer), or no person,
    people or organisation."""
    if not objects or objects[-1].right_edge.i + 1 != lo:
        return False
    last = objects[-1]
    hearer = _a_person(last) or last.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    return len(objects) >= 2 or not hearer


def _subject_read_as_adverb(v: Token, lo: int) -> int | None:
    """Where a noun phrase starts that the parser hung on the cue as an adverb ("the days") right
    before a complement clause with no subject: the clause's subject."""
    for c in v.rights:
        if c.dep_ == "npadvmod" and c.right_edge.i + 1 == lo and c.pos_ in ("NOUN", "PROPN"):
            return c.left_edge.i
    return None


# What opens a reason or a condition that goes on with what was said after the cue's aside; not
# "as" or "while", which say when ("..., Lind said, as the crowd filed out").
_GOES_ON_WITH = frozenset(["because", "if", "unless", "although", "though"])
# Phrases after the aside that say when, or to whom and with whom it was said ("..., she said,
# before clarifying that ...").
_NOT_GOING_ON = frozenset(
    ["to", "with", "before", "after", "during", "since", "until", "following", "upon", "amid", "ahead"]
    + ["while"]
)


def _rest_after_aside(site: Site) -> list[Token]:
    """ "The argument would be aided, Devine said, by the upcoming primary calendar"; "He is
    leaning toward Kasich, he said, because he prizes electability": a cue set off by commas
    inside its content. What the parser hung on the cue after the second comma, a phrase that is
    neither when nor where nor to whom, or a reason, is the rest of the content (none when
    anything else hangs there)."""
    doc, v, reporter = site.doc, site.verb, site.reporter
    aside_end = v.i
    if reporter is not None and reporter.i > v.i:
        aside_end = reporter.right_edge.i  # "..., said Devine, by ..."
    if aside_end + 1 >= len(doc) or doc[aside_end + 1].text != ",":
        return []
    tail = [c for c in v.rights if c.i > aside_end + 1 and c.dep_ != "punct"]
    if any(is_mark(t) for c in tail for t in c.subtree):
        return []
    for c in tail:
        if c.dep_ == "prep" and not (says_when(c) or is_venue(c) or c.lower_ in _NOT_GOING_ON):
            continue
        if c.dep_ == "advcl" and c.left_edge.lower_ in _GOES_ON_WITH:
            continue
        return []
    return tail


def _aside_before_its_quotation(site: Site) -> bool:
    """ "... at Republican critics, including, he said, “politicians who tweet”": an aside set
    after a word that cannot end a clause (a preposition, "including") and before a quotation
    reports the quotation; the clause before it is the writer's."""
    doc, v, reporter = site.doc, site.verb, site.reporter
    start = reporter.left_edge.i if reporter is not None and reporter.i < v.i else v.i
    if start < 2 or doc[start - 1].text != "," or v.i + 2 >= len(doc):
        return False
    before = doc[start - 2]
    dangling = before.pos_ == "ADP" or before.lower_ in ("including", "like")
    return dangling and doc[v.i + 1].text == "," and is_mark(doc[v.i + 2])


def _reported_between(site: Site, lo: int, hi: int) -> bool:
    """Another report stands between a clause and the cue (“...,” Trump said, after Quick said
    ...): the clause is what that report gave, not this cue's."""
    doc, lexicon = site.doc, cues()
    return any(
        t.pos_ == "VERB"
        and lemma_of(t) in lexicon
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        and not site.inside_quote(t.idx)
        for t in doc[lo + 1 : hi]
    )


def _break_between(site: Site, clause: Token, v: Token) -> bool:
    """A colon outside quotation marks stands between a clause and the cue after it ("cites the
    crowds as an example: He says ..."), or a dash does and the cue has a clause of its own after
    it ("it wasn't an accident — Dana Whitlock, a spokeswoman, told the paper that ..."): what
    comes before leads in to the report, it is not part of it. (A cue set off by dashes inside
    its content, "X rose — the agency said — and Y fell", has no clause of its own after it.)"""
    own_clause = any(x.i > v.i for x in site.clauses)
    last = clause.right_edge.i  # the clause's last word: the parser may hang the break on it
    while last > clause.i and site.doc[last].is_punct:
        last -= 1
    return any(
        (t.text == ":" or (t.text in _DASHES and own_clause)) and not site.inside_quote(t.idx)
        for t in site.doc[last + 1 : v.i]
    )


_DASHES = CLAUSE_BREAKS - {":", ";"}


def _after_but(doc: Doc, lo: int, clause: Token) -> bool:
    return any(t.lower_ == "but" for t in doc[lo : clause.left_edge.i])


def _repair_complementizer(doc: Doc, v: Token, lo: int, hi: int, frame: Frame) -> int:
    """ "told CBS's 60 Minutes show that he ...": for a cue whose object is the hearer, a "that"
    deeper in the complement than its head marks where the content really starts; the parser took
    part of the hearer for a clause, and all before "that" is the addressee."""
    if not frame.cue.addressee_object:
        return lo
    head = doc[lo:hi].root
    if doc[lo].lower_ == "that" and doc[lo].head.i == head.i:
        return lo  # the clause has its own "that": nothing of the hearer in it
    for t in doc[lo:hi]:
        # The misread hearer ends right before the "that" ("60 Minutes show | that he ..."); a
        # clause that goes on past its verb ("it is clear from the record that ...") is no hearer.
        if t.lower_ == "that" and t.dep_ == "mark" and t.i > lo and t.head.i != head.i and t.i <= head.i + 1:
            between = doc[v.i + 1 : t.i]
            if between.text.strip():
                frame.addressee = between.text.strip(" ,")
            return t.i + 1
    return lo


def misread_clause_before(site: Site, frame: Frame) -> bool:
    """A cue that closes its sentence after a comma and its subject, with what it reported
    before it, which the parser hung on the cue as an adverbial clause ("As the mayor spoke, a
    girl was hurt outside, police said") or on which it hung the cue as a second clause ("X
    remains committed, his aide told the Post"): the sentence up to the comma is the content."""
    doc, v = site.doc, site.verb
    subject = next((c for c in v.lefts if c.dep_ == "nsubj"), None)
    inverted = next((c for c in v.rights if c.dep_ == "nsubj"), None) if subject is None else None
    if site.clauses or (subject is None and inverted is None):
        return False
    if inverted is not None and (site.cue.kind != "speech" or v.tag_ not in ("VBD", "VBZ")):
        return False
    # "..., said the company's chief executive, John Ferriola": the subject after the cue.
    first = subject.left_edge.i if subject is not None else v.i
    sent = v.sent
    if first - 1 <= sent.start or doc[first - 1].text != ",":
        return False
    if not all((inverted is not None and c.i == inverted.i) or _closes(site, c) for c in v.rights):
        return False
    before = doc[sent.start : first - 1]
    if before[0].tag_ in ("VBN", "VBG"):
        return False  # "Asked whether ..., he said": what was asked, and he answers after
    if v.dep_ == "ROOT":
        # Everything before the comma hangs on the cue through an adverbial clause.
        if not any(c.dep_ == "advcl" and c.i < first for c in v.lefts):
            return False
        if any(t.head.i >= first and t.dep_ != "advcl" for t in before if t.head.i != t.i):
            return False
    elif v.dep_ == "conj":
        head = v.head
        if head.dep_ != "ROOT" or head.i >= first or joined_by_conjunction(head, v):
            return False
    else:
        return False
    if not any(_main_clause(t) for t in before):
        return False  # "After the vote ended, the senator said": when, not what
    frame.content = span_chars(doc, sent.start, first - 1)
    if site.cue.addressee_object and site.objects and frame.addressee is None:
        frame.addressee = phrase_text(doc, site.objects[0])
    return True


def _closes(site: Site, c: Token) -> bool:
    """What may follow a cue that closes its sentence: when and where it was said ("on
    Tuesday", "in a statement"), and to whom ("told the Post"); no colon or quotation."""
    if c.dep_ == "punct":
        return c.text != ":" and not is_mark(c)
    if c.dep_ in ("dobj", "dative"):
        return site.cue.addressee_object
    if c.dep_ == "prep":
        return says_when(c) or is_venue(c)
    return c.dep_ in ("npadvmod", "advmod") and c.right_edge.i - c.left_edge.i < 3


def _main_clause(t: Token) -> bool:
    """A verb with a subject of its own that no conjunction makes adverbial."""
    return (
        t.pos_ in ("VERB", "AUX")
        and any(c.dep_ in SUBJECT_DEPS for c in t.children)
        and not any(c.dep_ == "mark" for c in t.children)
    )


MISREAD_CLAUSE_BEFORE = Construction(
    "misread_clause_before",
    "clause",
    misread_clause_before,
    (
        Example(
            "Despite the storm on Tuesday, the ferry service remains committed to sailing on time, its "
            "director, Ana Ruiz, told the Harbour Gazette.",
            "Despite the storm on Tuesday, the ferry service remains committed to sailing on time",
        ),
    ),
)


def clause_read_as_relative(site: Site, frame: Frame) -> bool:
    """ "predicted at the last debate that Republicans will take every state": the parser read
    the complement as a relative clause of the noun before it ("the debate that ..."); a "that"
    followed by a whole clause, with a subject and an object of its own, is the complementizer,
    and the clause is what was said. Not after an object ("dismissed the plan as a buzz that
    voters would reject"): what the object was called is the content there; an object that is
    the hearer ("told Lind at a debate that ...") is no such object."""
    v = site.verb
    if site.objects and not site.cue.addressee_object:
        return False
    for prep in (c for c in v.rights if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in (c for c in noun.rights if c.dep_ == "relcl" and c.i > v.i):
                that = site.doc[clause.left_edge.i]
                if that.lower_ != "that" or that.head.i != clause.i or that.dep_ not in ("dobj", "mark"):
                    continue
                subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in clause.children)
                objects = any(c.dep_ in ("dobj", "ccomp", "attr") and c.i != that.i for c in clause.children)
                if subject and (objects or that.dep_ == "mark"):
                    frame.content = span_chars(site.doc, that.i + 1, clause.right_edge.i + 1)
                    return frame.content is not None
    return False


CLAUSE_READ_AS_RELATIVE = Construction(
    "clause_read_as_relative",
    "clause",
    clause_read_as_relative,
    (
        Example(
            "Governor Ann Lee predicted at the most recent council debate that Democrats will take “every"
            " seat” if Okafor wins the nomination.",
            "Democrats will take “every seat” if Okafor wins the nomination",
        ),
    ),
)


# Cues that put a question, whose "if" or "whether" clause is what was asked.
_QUESTIONS = frozenset(["ask", "wonder", "inquire", "question"])


def question_asked(site: Site, frame: Frame) -> bool:
    """What was asked, in a clause the parser hung on the cue as an adverbial ("Asked if he was
    ever bullied, Lind said no", "asked the mayor whether the pier would reopen"). Who asked is
    the agent of such a participle, if named, and who was asked the clause's subject (frame.py,
    ``passive_participle``)."""
    v = site.verb
    if site.cue.lemma not in _QUESTIONS:
        return False
    clause = next((c for c in v.rights if c.dep_ == "advcl" and _asks_whether(c)), None)
    if clause is None:
        return False
    frame.content = span_chars(site.doc, *subtree_range(clause))
    if site.objects and frame.addressee is None:
        frame.addressee = phrase_text(site.doc, site.objects[0])
    return True


def _asks_whether(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in clause.children)


QUESTION_ASKED = Construction(
    "question_asked",
    "clause",
    question_asked,
    (
        Example(
            "Asked by the Gazette if the pier would reopen, the harbour master said no.",
            "the pier would reopen",
        ),
    ),
)


def hearer_infinitive(site: Site, frame: Frame) -> bool:
    """A cue whose object is its hearer, then an infinitive: what the hearer was told to do
    ("urged voters to reject the plan")."""
    v = site.verb
    if not site.cue.addressee_object or not site.objects or not any(c.dep_ == "xcomp" for c in v.children):
        return False
    frame.addressee = phrase_text(site.doc, site.objects[0])
    x = next(c for c in v.children if c.dep_ == "xcomp")
    frame.content = span_chars(site.doc, *subtree_range(x))
    return True


HEARER_INFINITIVE = Construction(
    "hearer_infinitive",
    "hearer_xcomp",
    hearer_infinitive,
    (Example("The union urged its members to reject the offer.", "to reject the offer"),),
)


def hearer_topic(site: Site, frame: Frame) -> bool:
    """A cue whose object is its hearer, then what they were told of ("warned her supporters
    about the dangers")."""
    if not site.cue.addressee_object or not site.objects:
        return False
    topic = topic_prep(site.verb, HEARER_TOPIC_PREPS, ("pobj", "pcomp"))
    if topic is None:
        return False
    frame.addressee = phrase_text(site.doc, site.objects[0])
    end = before_trailing_when(site.doc, topic.i + 1, topic.right_edge.i + 1)
    frame.content = span_chars(site.doc, topic.i + 1, end)
    return True


HEARER_TOPIC = Construction(
    "hearer_topic",
    "prep",
    hearer_topic,
    (Example("The coach warned his players about the heat.", "the heat"),),
)


def colon_lead_in(site: Site, frame: Frame) -> bool:
    """An object that points ahead to a colon ("made the following comment:", "issued this
    statement:"): the cue ends at the colon and its content is what follows it, no content of the
    frame's own."""
    if not site.objects or not announces_what_follows(site.doc, site.objects[0]):
        return False
    frame.colon = True
    frame.cue_tokens = (site.verb.i, site.objects[0].i + 1)
    return True


COLON_LEAD_IN = Construction(
    "colon_lead_in",
    "",
    colon_lead_in,
    (
        Example(
            "The mayor issued the following statement: “The library will stay open.”",
            "The library will stay open.",
        ),
        Example(
            "The union released this statement: “Our members will not cross the picket line.”",
            "Our members will not cross the picket line.",
        ),
    ),
    cue_table=False,
)


# Acts of speech named as an object ("issued a statement"): no content of their own.
SPEECH_EVENTS = frozenset(
    ["statement", "speech", "remark", "remarks", "comment", "release", "interview", "conference", "address"]
)


_SAYS = frozenset(["acl", "relcl", "ccomp"])
_ISSUING = frozenset(["issue", "release", "give", "make", "deliver", "hold", "send"])


def object_content(site: Site, frame: Frame) -> bool:
    """The object, with what follows it, for verbs that take their content as an object
    ("announced a plan to cut taxes", "described the deal as a disaster", "called them cowards").
    Not a weak or pronoun object unless what it is called follows, nor what "said" governs
    unless a noun; a colon before the object ("tweeted in response: ...") ends the lead-in; a
    trailing phrase that frames the event ("during a visit") or says when is left out."""
    doc, v, obj = site.doc, site.verb, site.objects
    if not obj or obj[0].i <= v.i:
        return False
    if not ((obj[0].lower_ not in WEAK_OBJECTS and obj[0].pos_ != "PRON") or names_it(v)):
        return False
    if site.cue.lemma == "say" and obj[0].pos_ not in ("NOUN", "PROPN", "INTJ"):
        return False
    if site.cue.lemma == "call" and _a_call_to(obj[0]) and not names_it(v):
        return False  # "Palin called a delegate, Clara Powers, on Friday": a telephone call
    if (
        site.cue.lemma in _ISSUING
        and lemma_of(obj[0]) in SPEECH_EVENTS
        and not any(c.dep_ in _SAYS for c in obj[0].children)
    ):
        return False  # "issued a statement", "gave a speech": the act, not what it said
    # "called Okafor a “liar”", parsed as a dative: who was called so is part of what was said.
    deps = OBJECT_CONTENT_DEPS | {"dative"} if site.cue.lemma in NAMING_VERBS else OBJECT_CONTENT_DEPS
    rights = [c for c in v.rights if c.dep_ in deps and not says_when(c) and not says_more(c)]
    if not rights:
        return False
    lo = rights[0].left_edge.i
    colon = next((t for t in doc[v.i + 1 : obj[0].i] if t.text == ":"), None)
    if colon is not None:
        lo = colon.i + 1  # what comes before the colon says how, not what
    rights = before_event_adjunct(rights)
    hi = before_trailing_when(doc, lo, max(c.right_edge.i for c in rights) + 1)
    frame.content = span_chars(doc, lo, hi)
    return True


def _a_call_to(obj: Token) -> bool:
    """The object of "call" is whom a telephone call went to: a person or people, by name
    ("Naghmeh Abedini"), pronoun ("him") or noun ("my friend's mother", "major fundraisers"),
    with nothing after it that would be what they were called (no quotation mark, no phrase set
    beside it but their name: "a delegate, Clara Powers")."""
    if not _a_person(obj):
        return False
    doc = obj.doc
    lo, hi = subtree_range(obj)
    if any(is_mark(t) for t in doc[lo:hi]):
        return False  # 'called Merkel “The Chancellor of the Free World”'
    beside = [c for c in obj.rights if c.dep_ in _NAMING_DEPS]
    return all(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in beside)


_NAMING_DEPS = frozenset(["appos", "attr", "oprd", "dobj", "npadvmod", "acl", "relcl", "amod", "compound"])


def _a_person(noun: Token) -> bool:
    return (
        noun.ent_type_ == "PERSON"
        or noun.lower_ in ("him", "her", "me", "us", "them")
        or (noun.pos_ == "NOUN" and (lemma_of(noun) in PEOPLE_NOUNS or is_role_word(noun)))
    )


def says_more(c: Token) -> bool:
    """ "endorsed Mrs. Clinton, saying that she would make an outstanding president": a participle
    of speech after a comma is a report of its own (its content its own), not more of the object."""
    doc = c.doc
    return (
        c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and after_comma(doc, c.left_edge.i)
        and (cue := cues().get(lemma_of(c))) is not None
        and cue.kind == "speech"
    )


def that_then_comma(site: Site, frame: Frame) -> bool:
    """ "went on to say that, because the auditor testified ..., it is also an indication ...":
    the parser read the complementizer before a comma as a pronoun object and hung the clause
    elsewhere; the rest of the sentence is the content."""
    doc, v = site.doc, site.verb
    that = next((c for c in v.rights if c.dep_ == "dobj" and c.lower_ == "that" and c.i == v.i + 1), None)
    if that is None or that.i + 2 >= v.sent.end or doc[that.i + 1].text != ",":
        return False
    if not any(_finite_clause(t) for t in doc[that.i + 2 : v.sent.end]):
        return False
    frame.content = span_chars(doc, that.i + 2, v.sent.end)
    return frame.content is not None


def _finite_clause(t: Token) -> bool:
    return t.tag_ in ("VBD", "VBZ", "VBP", "MD") and any(c.dep_ in SUBJECT_DEPS for c in t.children)


THAT_THEN_COMMA = Construction(
    "that_then_comma",
    "clause",
    that_then_comma,
    (
        Example(
            "She went on to say that, because the auditor testified that her accounts were sound, it is"
            " also an indication that she told the truth.",
            "because the auditor testified that her accounts were sound, it is also an indication that she"
            " told the truth",
        ),
    ),
)


OBJECT = Construction(
    "object",
    "object",
    object_content,
    (
        Example("The governor announced a plan to widen the highway.", "a plan to widen the highway"),
        Example(
            "Senator Ana Reyes described the proposal as a giveaway to developers.",
            "the proposal as a giveaway to developers",
        ),
    ),
)


def what_it_was_called(site: Site, frame: Frame) -> bool:
    """What something was called, parsed with no object ("calling the charge “baseless” and
    “cynical”"): all after the cue up to the end of the predicate."""
    v = site.verb
    if site.objects or not active(v):
        return False
    oprds = [c for c in v.rights if c.dep_ == "oprd"]
    if not oprds:
        return False
    # Up to the last of them: "called Trump a “liar” who ..." may be parsed as two predicates.
    frame.content = span_chars(site.doc, v.i + 1, max(c.right_edge.i for c in oprds) + 1)
    return True


WHAT_IT_WAS_CALLED = Construction(
    "what_it_was_called",
    "object",
    what_it_was_called,
    (
        Example(
            "In a string of late-night posts, he called the harbour master “lazy” and mocked his accent.",
            "the harbour master “lazy”",
        ),
    ),
)


def infinitive(site: Site, frame: Frame) -> bool:
    """An infinitive that is what was said or pledged ("promised to vote against the bill"), not
    after a finding nor a verb of aspect ("continued to rise")."""
    if not xcomp_reports(site.verb, site.cue):
        return False
    x = next(c for c in site.verb.children if c.dep_ == "xcomp")
    frame.content = span_chars(site.doc, *subtree_range(x))
    return True


INFINITIVE = Construction(
    "infinitive",
    "xcomp",
    infinitive,
    (
        Example("The chancellor promised to cut fuel duty.", "to cut fuel duty"),
        Example("The union threatened to strike.", "to strike"),
    ),
)


def preposition_object(site: Site, frame: Frame) -> bool:
    """What a preposition after the cue governs ("talked about the economy", "railed against the
    deal"); the preposition joins the cue. Not a time or a venue ("on Monday", "at the hearing")."""
    prep = content_prep(site.verb, site.cue)
    if prep is None:
        return False
    doc = site.doc
    frame.content = span_chars(doc, prep.i + 1, before_trailing_when(doc, prep.i + 1, prep.right_edge.i + 1))
    frame.cue_tokens = (site.verb.i, prep.i + 1)
    return True


PREPOSITION_OBJECT = Construction(
    "preposition_object",
    "prep",
    preposition_object,
    (
        Example("The minister talked about the rising cost of housing.", "the rising cost of housing"),
        Example("Lind railed against the stadium deal.", "the stadium deal"),
    ),
)


def cue_inside_content(site: Site, frame: Frame) -> bool:
    """A cue set inside or after its content ("The plan, he said, will fail"; "She believes, she
    said, that ..."): the clause around it, up to the cue when it comes last. A clause that comes
    first ("What he proposed, nobody knows") is the object of what follows, no content; a
    subordinate clause the parser hung on the cue is content all the same."""
    v = site.verb
    if not (v.dep_ in ("parataxis", "ccomp") or unmarked_aside(v)) or v.head.i == v.i:
        return False
    if _aside_before_its_quotation(site):
        return False  # "..., including, he said, “...”": the aside reports the quotation
    if not (v.head.left_edge.i < v.left_edge.i or lead_clauses(v) or interrupts_complement(v)):
        return False
    lead = {t.i for c in lead_clauses(v) for t in c.subtree}
    skip = {t.i for t in v.subtree} - lead
    around = v.head
    if around.dep_ == "advcl" and around.head.i > v.i:
        around = around.head  # "Though X was seamless, he said, Y would be ...": Y too
    if interrupts_complement(v):
        around = around.head  # "She believes, she said, that ...": the whole of "She believes"
    lo, hi = subtree_range(around, skip)
    frame.content = span_chars(site.doc, lo, hi, stop_at_semicolon=False)
    return True


CUE_INSIDE_CONTENT = Construction(
    "cue_inside_content",
    "inside",
    cue_inside_content,
    (
        Example(
            "The stadium deal, Lind argued, was a giveaway to developers.",
            "The stadium deal, Lind argued, was a giveaway to developers",
        ),
    ),
)


def as_it_was_put(site: Site, frame: Frame) -> bool:
    """A clause of "as" that reports the clause it hangs from ("As X put it, the plan is dead";
    "the plan, as she noted, is dead"): the clause around it."""
    v = site.verb
    if not as_parenthetical(v):
        return False
    around = v.head
    while around.pos_ not in ("VERB", "AUX") and around.head.i != around.i:
        around = around.head
    lo, hi = subtree_range(around, {t.i for t in v.subtree})
    frame.content = span_chars(site.doc, lo, hi, stop_at_semicolon=False)
    return True


AS_IT_WAS_PUT = Construction(
    "as_it_was_put",
    "as",
    as_it_was_put,
    (
        Example("As the fire chief put it, the warehouse was a tinderbox.", "the warehouse was a tinderbox"),
        Example(
            "The warehouse, as the fire chief noted, was a tinderbox.",
            "The warehouse, as the fire chief noted, was a tinderbox",
        ),
    ),
    cue_table=False,
)


CONSTRUCTIONS: tuple[Construction, ...] = (
    CLAUSE_UNDER_HEARER,
    COMPLEMENT_CLAUSE,
    MISREAD_CLAUSE_BEFORE,
    CLAUSE_READ_AS_RELATIVE,
    QUESTION_ASKED,
    HEARER_INFINITIVE,
    HEARER_TOPIC,
    COLON_LEAD_IN,
    THAT_THEN_COMMA,
    OBJECT,
    WHAT_IT_WAS_CALLED,
    INFINITIVE,
    PREPOSITION_OBJECT,
    CUE_INSIDE_CONTENT,
    AS_IT_WAS_PUT,
)
"""Tried in this order; the first that applies gives the content."""
