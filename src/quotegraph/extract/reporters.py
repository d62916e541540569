"""Who reported: the rules that find a cue verb's reporter, one small function each, applied in
order. Each sees the reporter found so far (None at first) and returns the one it settles on; most
step in only where the parse lost the subject or took a quoted word for it.

Each rule comes with example sentences and the reporter each gives
(``tests/extract/test_constructions.py`` runs them; the "Constructions" section of
``docs/extraction.md`` is written from them). What was reported comes next
(``constructions.py``).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from quotegraph.extract.constructions import Example, Site
from quotegraph.extract.frame import (
    after_quote,
    embedded,
    inverted_subject,
    name_after_cue,
    subject_after_quote,
    subject_of,
)
from quotegraph.extract.frame import name_before_apposition as apposed_name
from quotegraph.extract.lexicon import HEARER_FIRST
from quotegraph.extract.nlp import DASHES, lemma_of
from quotegraph.extract.spans import is_mark

FindReporter = Callable[[Site, Token | None], Token | None]
"""A rule: given the site and the reporter found so far, the reporter it settles on."""


@dataclass(frozen=True)
class ReporterRule:
    name: str
    find: FindReporter
    examples: tuple[Example, ...]

    @property
    def description(self) -> str:
        return inspect.getdoc(self.find) or ""


def find_reporter(site: Site) -> tuple[Token | None, str]:
    """The reporter every rule in turn settles on, and the name of the last rule that changed it
    ("" when none found one)."""
    reporter: Token | None = None
    settled_by = ""
    for rule in REPORTER_RULES:
        found = rule.find(site, reporter)
        if _changed(reporter, found):
            settled_by = rule.name
        reporter = found
    return reporter, settled_by


def _changed(before: Token | None, after: Token | None) -> bool:
    if before is None or after is None:
        return before is not after
    return before.i != after.i


def grammatical_subject(site: Site, found: Token | None) -> Token | None:
    """The verb's subject in the parse: its own, or that of the clause it hangs from; a passive
    cue's agent ("was praised by the mayor")."""
    return subject_of(site.verb)


# Occasions and media of speech a participle cue may hang on ("a news conference announcing ...").
_OCCASIONS = frozenset(
    [
        "conference",
        "briefing",
        "speech",
        "interview",
        "statement",
        "appearance",
        "rally",
        "hearing",
        "meeting",
        "remarks",
        "address",
        "release",
        "letter",
        "post",
        "tweet",
        "video",
        "event",
        "session",
        "call",
    ]
)


def speaker_of_the_occasion(site: Site, found: Token | None) -> Token | None:
    """A participle cue on an occasion or medium of speech ("She said at a news conference
    announcing that ...", "In a statement announcing the pick, the union said ..."): the occasion
    is no reporter; whoever the clause around it has speak is."""
    v = site.verb
    if found is None or v.dep_ != "acl" or found.i != v.head.i or lemma_of(found) not in _OCCASIONS:
        return found
    head = found.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    speaker = subject_of(head) if head.pos_ in ("VERB", "AUX") else None
    return speaker if speaker is not None and speaker.i != found.i else found


_RECORDINGS = frozenset(
    {"footage", "video", "clip", "recording", "tape", "audio", "film", "image", "picture", "photo"}
)


def speaker_in_the_recording(site: Site, found: Token | None) -> Token | None:
    """A participle cue right after a recording's subject ("The ad uses footage of Maria Lopez
    asking, ...", "ends with video of Tom Reyes saying ..."): the person recorded speaks, not
    whatever shows the recording."""
    v = site.verb
    if v.tag_ != "VBG" or v.i == 0:
        return found
    name = site.doc[v.i - 1]
    of = name.head
    if name.dep_ != "pobj" or of.lower_ != "of" or lemma_of(of.head) not in _RECORDINGS:
        return found
    return name if name.pos_ == "PROPN" or name.ent_type_ == "PERSON" else found


def quote_taken_for_subject(site: Site, found: Token | None) -> Token | None:
    """The parser took a word of the quotation before the cue for its subject ("“... Total
    chaos,” said X"): the reporter stands between the quotation and the cue, outside the marks."""
    if found is None or not site.inside_quote(found.idx) or found.i >= site.verb.i:
        return found
    return subject_after_quote(site.doc, site.verb, site.inside_quote)


def cue_hung_on_quotation(site: Site, found: Token | None) -> Token | None:
    """The parser hung the cue on the quotation it introduces and took a quoted word after it for
    its subject ("“...,” Lind said, asking a
    few questions, including, “...”"): the subject of the
    sentence's main clause, else the phrase before the cue."""
    doc, v, inside_quote = site.doc, site.verb, site.inside_quote
    if found is None or not inside_quote(found.idx) or found.i < v.i:
        return found
    root = v.sent.root
    main = subject_of(root) if root.i < v.i and not inside_quote(root.idx) else None
    if main is not None and not inside_quote(main.idx):
        return main
    return subject_after_quote(doc, v, inside_quote)


def name_after_the_cue(site: Site, found: Token | None) -> Token | None:
    """No subject, and a name right after a finite cue of speech that opens its clause or closes
    a quotation ("Said Okafor: ...", "..., said Okafor", "“...,” tweeted X"); not "stopped short
    of endorsing the mayor's plan", nor "also accused Sanders of ..." (whom she accused)."""
    doc, v = site.doc, site.verb
    opens = v.i == v.sent.start or doc[v.i - 1].is_punct
    if (
        found is not None
        or site.cue.kind != "speech"
        or v.tag_ not in ("VBD", "VBZ", "VBP")
        or not (opens or after_quote(doc, v, site.inside_quote))
    ):
        # "X, star of “Scandal,” thanked Obama": whom a stance is taken to; "..., but stopped
        # short of calling Shelby's actions ...": a participle never has its subject after it.
        return found
    return inverted_subject(doc, v)


def after_the_quotation(site: Site, found: Token | None) -> Token | None:
    """No subject, and a cue of speech that closes a quotation's sentence ("“...,” Early said",
    with "Early" read as an adverb): the phrase between the quotation and the cue, else the first person
    named after the cue."""
    doc, v = site.doc, site.verb
    if found is not None or site.cue.kind != "speech" or not after_quote(doc, v, site.inside_quote):
        return found
    return subject_after_quote(doc, v, site.inside_quote) or name_after_cue(doc, v)


def phrase_after_the_cue(site: Site, found: Token | None) -> Token | None:
    """A cue of speech right after a quotation's closing mark, before its reporter ("“Meh,” wrote
    a harbour worker", "“...,” tweeted another"): the phrase after the cue is who spoke, whatever
    the parser made of it (a quoted word for the subject, the reporter for an object)."""
    doc, v, inside_quote = site.doc, site.verb, site.inside_quote
    if site.cue.kind != "speech" or lemma_of(v) in HEARER_FIRST or v.tag_ not in ("VBD", "VBZ", "VBP"):
        return found  # "“...,” referencing the pier": what a participle takes is no reporter
    if found is not None and not inside_quote(found.idx):
        return found
    if v.i == 0 or v.i + 1 >= len(doc) or not is_mark(doc[v.i - 1]) or not inside_quote(doc[v.i - 1].idx):
        return found
    if embedded(doc, v.i - 1, inside_quote):
        return found  # 'called Okafor “reckless,” mocked her record': no quotation's reporter
    head = doc[v.i + 1]
    if head.sent.start != v.sent.start or inside_quote(head.idx):
        return found
    while head.dep_ in _PHRASE_DEPS and v.i < head.head.i <= v.i + 6:
        head = head.head
    if head.pos_ in ("NOUN", "PROPN") or head.lower_ in _SOURCE_PRONOUNS:
        return head
    return found


_PHRASE_DEPS = frozenset(["det", "amod", "compound", "nummod", "poss", "nmod", "advmod"])
_SOURCE_PRONOUNS = frozenset(["another", "one", "he", "she", "they", "we", "i"])


def name_before_apposition(site: Site, found: Token | None) -> Token | None:
    """A lexicon cue with no subject, or one it only inherits from the clause before ("It was no
    accident — Ann Cole, a spokeswoman, told ..."): a name opening the cue's own clause, before
    an apposition and its comma."""
    if not site.known or (found is not None and site.verb.is_ancestor(found)):
        return found
    return apposed_name(site.doc, site.verb) or found


def subject_after_an_aside(site: Site, found: Token | None) -> Token | None:
    """The parser took a name inside an aside set off by dashes for the subject and the real
    subject after the closing dash for its apposition ("In the letter - addressed to the city's
    attorney, Ann Lee - the Utah Republican asks ..."): the phrase after the aside is the
    reporter."""
    doc, v = site.doc, site.verb
    if found is None or found.i >= v.i:
        return found
    dashes = [t.i for t in doc[v.sent.start : v.i] if t.text in DASHES and t.whitespace_]
    closing = next((d for d in dashes if d > found.i), None)
    if closing is None or not any(d < found.i for d in dashes):
        return found
    after = next((c for c in found.rights if c.dep_ == "appos" and c.left_edge.i > closing), None)
    return after or found


def name_before_a_parenthesis(site: Site, found: Token | None) -> Token | None:
    """A subject the parser found inside a parenthesis that closes right before the cue ("Sen.
    Ann Lee (a Democrat so young she has been mistaken for an aide) says ..."): the parenthesis
    describes the name before it, which is the reporter."""
    doc, v = site.doc, site.verb
    if found is None or v.i < 2 or doc[v.i - 1].text != ")":
        return found
    opening = next((t.i for t in reversed(doc[v.sent.start : v.i - 1]) if t.text == "("), None)
    if opening is None or not opening < found.i < v.i - 1 or opening == 0:
        return found
    name = doc[opening - 1]
    return name if name.pos_ == "PROPN" else found


def noun_before_main_verb(site: Site, found: Token | None) -> Token | None:
    """A lexicon cue that is its sentence's main verb and has no subject ("In an interview with
    two hosts, the candidate stated that ..."): the parser hung the noun right before the cue
    elsewhere; it is the reporter."""
    doc, v = site.doc, site.verb
    if found is not None or not site.known or v.dep_ != "ROOT" or v.i <= v.sent.start:
        return found
    prev = doc[v.i - 1]
    if prev.text == ")":  # "Sen. Ann Lee (D-Mass.) said": the name before the parenthesis
        opening = next((t.i for t in reversed(doc[v.sent.start : v.i - 1]) if t.text == "("), None)
        if opening is None or opening == v.sent.start or doc[opening - 1].ent_type_ != "PERSON":
            return found
        prev = doc[opening - 1]
    if prev.pos_ in ("NOUN", "PROPN") and prev.head.i != v.i and not site.inside_quote(prev.idx):
        return _described(prev)
    return found


def _described(noun: Token) -> Token:
    """The noun a relative clause ending in ``noun`` describes ("a young woman who had studied
    in Montana asked ...": the woman, not Montana); else ``noun``."""
    for clause in noun.ancestors:
        if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN") and clause.head.i < noun.i:
            return clause.head
    return noun


REPORTER_RULES: tuple[ReporterRule, ...] = (
    ReporterRule(
        "grammatical_subject",
        grammatical_subject,
        (
            Example("Mayor Ruth Okafor said that the budget was balanced.", "Mayor Ruth Okafor"),
            Example("The plan was praised by the mayor.", "the mayor"),
        ),
    ),
    ReporterRule(
        "quote_taken_for_subject",
        quote_taken_for_subject,
        (
            Example(
                "“A very good reporter, this one,” Okafor, the mayor and the front-runner in the race by"
                " a wide margin, said when Lee asked him a question.",
                "Okafor",
            ),
        ),
    ),
    ReporterRule(
        "cue_hung_on_quotation",
        cue_hung_on_quotation,
        (
            Example(
                "“The council does not listen. The voters do not agree with the mayor,” Lind said, asking a"
                " few questions, including, “Mayor Okafor, do you really think the harbour needs a casino?”",
                "Lind",
            ),
        ),
    ),
    ReporterRule(
        "name_after_the_cue",
        name_after_the_cue,
        (Example("“We will not close the library,” tweeted Okafor.", "Okafor"),),
    ),
    ReporterRule(
        "after_the_quotation",
        after_the_quotation,
        (Example("“We will rebuild the pier,” Early said.", "Early"),),
    ),
    ReporterRule(
        "phrase_after_the_cue",
        phrase_after_the_cue,
        (
            Example("“Meh,” wrote a harbour worker who runs the union account.", "a harbour worker"),
            Example("“Better watch out,” tweeted another.", "another"),
        ),
    ),
    ReporterRule(
        "name_before_apposition",
        name_before_apposition,
        (
            Example(
                "Councillor Mara Lind (Green), the mayor's rival in the coming election, called on Friday"
                " for an audit of the harbour fund.",
                "Councillor Mara Lind",
            ),
            Example(
                "In a statement to the Gazette, her senior policy adviser, Jonah Reyes, said the pier would"
                " close.",
                "Jonah Reyes",
            ),
            Example(
                "Councillor Mara Lind spoke first. Of the mayor, Lind, who has given money to her rival,"
                " said, “She is flat-out reckless.”",
                "Lind",
            ),
        ),
    ),
    ReporterRule(
        "subject_after_an_aside",
        subject_after_an_aside,
        (
            Example(
                "In the letter - addressed to the city's attorney, Ann Lee - the harbour board asks for an"
                " inquiry into the ferry fund.",
                "the harbour board",
            ),
        ),
    ),
    ReporterRule(
        "name_before_a_parenthesis",
        name_before_a_parenthesis,
        (
            Example(
                "Sen. Mara Lind (a Vermont Democrat so boyish she has been mistaken for a junior staffer)"
                " says she was unfocused in the weeks after being elected.",
                "Sen. Mara Lind",
            ),
        ),
    ),
    ReporterRule(
        "noun_before_main_verb",
        noun_before_main_verb,
        (
            Example(
                "In a meeting with the editorial board of the Gazette Okafor said that the library would"
                " stay open.",
                "the Gazette Okafor",
            ),
            Example(
                "Friday at the Gazette’s annual dinner Sen. Mara Lind (D-Maine) said the mayor was a"
                " failure.",
                "Sen. Mara Lind",
            ),
        ),
    ),
    ReporterRule(
        "speaker_in_the_recording",
        speaker_in_the_recording,
        (
            Example(
                "The ad uses footage of Maria Lopez asking, “Why is the pier still closed?”",
                "Maria Lopez",
            ),
        ),
    ),
    ReporterRule(
        "speaker_of_the_occasion",
        speaker_of_the_occasion,
        (
            Example(
                "Mayor Ruth Okafor spoke on Monday. She said at a news conference announcing that the"
                " port would be sold.",
                "She",
            ),
        ),
    ),
)
"""Applied in this order, each to the reporter the ones before it found."""
