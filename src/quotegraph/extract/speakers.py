"""Who a source mention is: the fullest name the article gives, and the role it gives them.

Written here because no coreference model runs offline: names are grouped by surname within the
article ("Witkoff" -> "Steve Witkoff"), pronouns go to the most recent compatible person that was
a subject or a speaker, "the envoy" goes to the person the article called an envoy, "who" goes to
its antecedent.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy
from spacy.tokens import Doc, Span, Token

from quotegraph.extract.interview import find_interview
from quotegraph.extract.kinds import kind_lexicon
from quotegraph.extract.lexicon import (
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    GENERIC_ORGANISATION_NOUNS,
    GROUP_PRONOUNS,
    HONORIFICS,
    ORG_WORDS,
    ORGANISATION_NOUNS,
    PEOPLE_NOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLE_TITLES,
    given_name_gender,
    given_name_leaning,
    given_names,
)
from quotegraph.extract.naming import is_role_word, real_role, split_title
from quotegraph.extract.nlp import lemma_of, line_bounds, text_of
from quotegraph.extract.spans import np_bounds
from quotegraph.model import SpeakerKind

NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
ROLE_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod"}


@dataclass
class Entity:
    """One person or organisation of the article, with every name it goes by."""

    name: str
    label: str
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    gender: str = ""
    role_words: set[str] = field(default_factory=set)


@dataclass
class EntityMention:
    """Where the article names (or refers to) one of its entities; ``resolve.Mention`` is a quote's
    speaker across the corpus."""

    start: int
    end: int
    """Character offsets of the mention."""
    sent: int
    entity: Entity
    subject: bool
    salience: float = 0.0
    titled: tuple[str, str] = ("", "")
    """The name and gender of a mention with a gendered title ("Mr. Obama" -> ("Obama", "m"))."""
    """How likely a later pronoun refers back to this mention, distance aside: a reporter or a
    main-clause subject outranks a subordinate subject, someone introduced with a role, and
    anyone named only inside what another person reported."""


def _clean_name(span: Span) -> tuple[str, str]:
    """Name words without honorifics, epithets, titles or possessive; the gender an honorific
    implies."""
    toks = list(span)
    gender = ""
    while toks and (toks[0].lower_ in HONORIFICS or toks[0].lower_ == "the"):
        gender = gender or HONORIFICS.get(toks[0].lower_, "")
        toks = toks[1:]
    if span.label_ in ("PERSON", ""):  # an entity's, or a name in a reporter's place
        toks, _ = split_title(toks)
    while toks and (toks[-1].lower_ in ("'s", "’s", "'", "’") or toks[-1].is_punct):
        toks = toks[:-1]
    return "".join(t.text_with_ws for t in toks).strip(), gender


def _persons_run_on(doc: Doc, names: list[Span]) -> list[Span]:
    """An organisation's name run into a person's ("Washington Post Trump", tagged as one
    organisation) is the person, when the words after the organisation's own word ("Post") are
    the surname of a person the article names."""
    surnames = {e[-1].lower_ for e in names if e.label_ == "PERSON"}
    out = []
    for ent in names:
        if ent.label_ == "ORG" and len(ent) > 2 and ent[-1].lower_ in surnames:
            k = next((i for i in range(len(ent) - 2, -1, -1) if ent[i].lower_ in ORG_WORDS), None)
            if k is not None:
                ent = Span(doc, ent.start + k + 1, ent.end, label="PERSON")
        out.append(ent)
    return out


def _title_before(ent: Span) -> str:
    """The gender of a title standing just before a name the tagger left out of it ("Mr.")."""
    if ent.start == 0 or ent.label_ != "PERSON":
        return ""
    return HONORIFICS.get(ent.doc[ent.start - 1].lower_, "")


def _bearer_of(
    bearers: list[Entity], introduced: dict[int, list[tuple[int, int]]], sent: int, at: int
) -> Entity:
    """Which of several people a bare name means ("Cruz" after "Ted Cruz" and "his wife, Heidi
    Cruz"): one just named in full (in this sentence or the one before), else the one the
    article named in full first, as newswriting keeps the bare surname for its main bearer."""
    near = []
    for e in bearers:
        # A person's introductions are in text order: the last before ``at`` is the only one that
        # can be the nearest in this sentence or the one before (found by bisection, not a scan of
        # every introduction at every bare name).
        intros = introduced.get(id(e), [])
        k = bisect.bisect_left(intros, at, key=lambda intro: intro[1]) - 1
        if k >= 0 and sent - intros[k][0] <= 1:
            near.append((intros[k][1], e))
    if near:
        return max(near, key=lambda pair: pair[0])[1]
    first = [(introduced[id(e)][0][1], n, e) for n, e in enumerate(bearers) if id(e) in introduced]
    return min(first, key=lambda t: t[:2])[2] if first else bearers[0]


def _surname(name: str) -> str:
    """The family name: the last word but a generation's ("Harry B. Harris Jr." -> "harris")."""
    words = [w.strip(",").lower() for w in name.split()]
    while len(words) > 1 and words[-1] in _GENERATIONS:
        words.pop()
    return words[-1] if words else ""


_GENERATIONS = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])


class Speakers:
    """The article's people and organisations, built once per document."""

    def __init__(
        self,
        doc: Doc,
        inside_quote: Callable[[int], bool],
        sources: Iterable[tuple[int, int]] = (),
        reported: Iterable[tuple[int, int]] = (),
    ):
        """``sources``: token ranges of the article's reporters; ``reported``: character ranges
        of what they reported."""
        self.doc = doc
        self.inside_quote = inside_quote
        self.source_tokens = {i for lo, hi in sources for i in range(lo, hi)}
        self.reported: list[tuple[int, int]] = []  # disjoint, in order
        for lo, hi in sorted(reported):
            if self.reported and lo <= self.reported[-1][1]:
                self.reported[-1] = (self.reported[-1][0], max(hi, self.reported[-1][1]))
            else:
                self.reported.append((lo, hi))
        self.reported_starts = [lo for lo, _ in self.reported]
        self.entities: list[Entity] = []
        self.by_surname: dict[str, list[Entity]] = {}
        self.mentions: list[EntityMention] = []
        self._mention_at: dict[int, EntityMention] = {}
        self.names = _persons_run_on(doc, [e for e in doc.ents if e.label_ in NAME_LABELS])
        self._name_starts = [e.start for e in self.names]
        self._sent_index = {s.start: n for n, s in enumerate(doc.sents)}
        self._collect()
        self._mention_starts = [m.start for m in self.mentions]  # in text order, as the names
        self._role_index: dict[str, tuple[list[int], list[EntityMention]]] | None = None
        self._issued: dict[int, Resolved | None] = {}  # _issuer's answers, by the noun's index
        self._issuing = 0  # _issuer calls under way, one inside another
        self._learn_genders()
        self._separate_genders()
        self.interview = find_interview(doc)

    # -- building -------------------------------------------------------------------------------
    def _collect(self) -> None:
        cleaned = [
            (ent, name, gender or _title_before(ent))
            for ent in self.names
            for name, gender in [_clean_name(ent)]
        ]
        text = text_of(self.doc)
        lines: dict[int, bool] = {}  # line start -> is it a headline
        headline = set()
        for ent in self.names:
            lo = line_bounds(self.doc, ent.start_char, ent.start_char)[0]
            if lo not in lines:
                lines[lo] = _is_headline(text, lo)
            if lines[lo]:
                headline.add(ent.start)
        # Fullest names first, so surnames join the full name rather than start their own entity;
        # names in running text before names in headlines ("Black Lawmakers Rip Donald Trump").
        for ent, name, gender in sorted(cleaned, key=lambda c: (c[0].start in headline, -len(c[1]))):
            if name:
                ent_obj = self._entity_for(name, ent.label_, weak=ent.start in headline, gender=gender)
                if name == ent_obj.name:  # "Mr. Obama" says nothing of "Michelle Obama"
                    ent_obj.gender = ent_obj.gender or gender
        introduced = self._introductions(cleaned, headline)
        for ent, name, gender in cleaned:
            if not name:
                continue
            role = None if ent.start in headline else _role_of(self.doc, ent)
            if role is None and ent.label_ == "PERSON" and ent.start not in headline:
                # "Chef Tunde Okafor": the title the tagger took into the name.
                _, title = split_title([t for t in ent if t.lower_ not in HONORIFICS])
                role = real_role(" ".join(t.text for t in title), title)
            root = ent.root
            entity = self._entity_for(name, ent.label_, weak=ent.start in headline, gender=gender)
            bearers = self._bearers(name, gender)
            if len(bearers) > 1:
                entity = _bearer_of(bearers, introduced, self._sent_of(root), ent.start_char)
            elif bearers:
                entity = bearers[0]
            if role and entity.role is None:
                entity.role = role
            if role:
                entity.role_words.update(_role_words(role))
            is_subject = root.dep_ in ("nsubj", "nsubjpass") and not self.inside_quote(ent.start_char)
            mention = EntityMention(
                ent.start_char,
                ent.end_char,
                self._sent_of(root),
                entity,
                is_subject,
                self._salience(ent, is_subject, role),
                (name, gender) if gender else ("", ""),
            )
            self.mentions.append(mention)
            self._mention_at[ent.start_char] = mention

    def _introductions(
        self, cleaned: list[tuple[Span, str, str]], headline: set[int]
    ) -> dict[int, list[tuple[int, int]]]:
        """Where the running text names each person in full or with a gendered title ("Heidi
        Cruz", "Mr. Obama"): entity id -> (sentence, character offset) of each such mention."""
        out: dict[int, list[tuple[int, int]]] = {}
        for ent, name, gender in cleaned:
            if name and ent.start not in headline and (len(name.split()) > 1 or gender):
                entity = self._entity_for(name, ent.label_, gender=gender)
                out.setdefault(id(entity), []).append((self._sent_of(ent.root), ent.start_char))
        return out

    def _salience(self, ent: Span, is_subject: bool, role: str | None) -> float:
        root = ent.root
        if any(i in self.source_tokens for i in range(ent.start, ent.end)):
            return 3.0
        if self._in_reported(ent.start_char):
            return -1.0
        if is_subject:
            head = root.head
            main = head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")
            return 2.0 if main else 1.0
        return 1.0 if role else 0.0

    def _in_reported(self, at: int) -> bool:
        i = bisect.bisect_right(self.reported_starts, at) - 1
        return i >= 0 and at < self.reported[i][1]

    def _entity_for(self, name: str, label: str, weak: bool = False, gender: str = "") -> Entity:
        """The entity a name belongs to, made when new. A ``weak`` name (from a headline) joins
        an entity as an alias and never becomes its name; a name with a gendered title ("Mr.
        Obama") never joins a person of the other gender, known by a title, a pronoun, or a given
        name nearly always borne by one gender ("Michelle Obama")."""
        key = _surname(name)
        words = name.lower().split()
        person = label == "PERSON"
        gender = gender or (given_name_gender(name) if person else "")
        for cand in self.by_surname.get(key, []):
            if gender and cand.gender and cand.gender != gender:
                continue
            cwords = cand.name.lower().split()
            # "Witkoff" joins "Steve Witkoff"; "Steve Witkoff" joins itself; "Andrew Witkoff" does not.
            if set(words) <= set(cwords) or set(cwords) <= set(words):
                if len(words) > len(cwords) and not weak:
                    cand.aliases.add(cand.name)
                    cand.name = name
                    if person and cand.label == "PERSON":
                        cand.gender = cand.gender or given_name_gender(name)
                else:
                    cand.aliases.add(name)
                return cand
        if label == "PERSON" and len(words) == 1:
            # A lone first name ("Steve") joins the one full name that starts with it.
            firsts = [
                e for e in self.entities if e.label == "PERSON" and e.name.lower().split()[0] == words[0]
            ]
            if len(firsts) == 1:
                firsts[0].aliases.add(name)
                return firsts[0]
        ent = Entity(name, label, {name}, gender=given_name_gender(name) if person else "")
        self.entities.append(ent)
        self.by_surname.setdefault(key, []).append(ent)
        return ent

    def names_person(self, word: str) -> bool:
        """Is ``word`` the surname of a person of the article ("Bush" after "Jeb Bush")?"""
        return any(e.label == "PERSON" for e in self.by_surname.get(_surname(word), []))

    def _learn_genders(self) -> None:
        """How the article itself refers to each person: a "he" or "she" with only one person
        named before it, in its sentence or else the sentence before, refers to that person.
        The commoner pronoun gives a person with no gendered title and no given name of one
        gender their gender."""
        votes: dict[int, list[int]] = {}
        starts = [m.start for m in self.mentions]
        order = sorted(range(len(self.mentions)), key=lambda k: starts[k])
        sorted_starts = [starts[k] for k in order]
        pronouns = {**PERSON_PRONOUNS, "his": "m"}
        strings = self.doc.vocab.strings
        lowers = self.doc.to_array("LOWER")
        wanted = numpy.isin(lowers, numpy.array([strings.add(p) for p in pronouns], dtype=lowers.dtype))
        for i in numpy.flatnonzero(wanted).tolist():
            tok = self.doc[i]
            gender = pronouns[tok.lower_]
            if self.inside_quote(tok.idx):
                continue
            here = self._sent_of(tok)
            people: dict[int, Entity] = {}
            j = bisect.bisect_left(sorted_starts, tok.idx) - 1
            nearest_sent = None
            while j >= 0:
                m = self.mentions[order[j]]
                if nearest_sent is None:
                    if here - m.sent > 1:
                        break
                    nearest_sent = m.sent
                elif m.sent != nearest_sent:
                    break
                if m.entity.label == "PERSON" and not self.inside_quote(m.start):
                    people[id(m.entity)] = m.entity
                j -= 1
            if len(people) == 1:
                ent = next(iter(people.values()))
                tally = votes.setdefault(id(ent), [0, 0])
                tally[gender == "f"] += 1
        for ent in self.entities:
            tally = votes.get(id(ent), [0, 0])
            if not ent.gender and tally[0] != tally[1]:
                ent.gender = "f" if tally[1] > tally[0] else "m"

    def _bearers(self, name: str, gender: str) -> list[Entity]:
        """The people of the article a name (and the gender its title gives) can be."""
        words = set(name.lower().split())
        bearers = [
            e
            for e in self.by_surname.get(_surname(name), [])
            if words <= {w for a in (e.name, *e.aliases) for w in a.lower().split()}
            and not (gender and e.gender and e.gender != gender)
        ]
        if gender and len(bearers) > 1:
            # "Mr. Clinton" beside "Hillary Clinton" and "Bill Clinton": when one of them has the
            # title's gender, by the article or by the given name most of its bearers have, not
            # the one whose given name leans the other way.
            leaning = {id(e): e.gender or given_name_leaning(e.name) for e in bearers}
            if any(leaning[id(e)] == gender for e in bearers):
                bearers = [e for e in bearers if leaning[id(e)] in ("", gender)]
        return bearers

    def _separate_genders(self) -> None:
        """A titled mention ("Mr. Obama") that joined a person the article shows to be of the
        other gender ("Michelle Obama ... she") is someone else."""
        for m in self.mentions:
            name, gender = m.titled
            if gender and m.entity.gender and m.entity.gender != gender:
                m.entity.aliases.discard(name)
                m.entity = self._entity_for(name, m.entity.label, gender=gender)
                m.entity.gender = m.entity.gender or gender

    def _sent_of(self, tok: Token) -> int:
        return self._sent_index.get(tok.sent.start, 0)

    # -- resolving ------------------------------------------------------------------------------
    def resolve(self, lo: int, hi: int) -> Resolved:
        """Who the mention in tokens [lo, hi) is: a name and role, how sure that is, and what kind
        of source (``model.SpeakerKind``)."""
        span = self.doc[lo:hi]
        head = span.root
        word = head.lower_
        if word in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            return self.resolve(*_name_range(_described(head.head.head)))
        if self.interview is not None and (
            self.interview.is_interviewee(word, head.idx)
            or (span.text == "A" and self.interview.turn_at(head.idx) == "A")
        ):
            return self.resolve_name(self.interview.interviewee)
        if word in ("we", "us"):
            # Outside quotation marks "we" is the writer's voice (an editorial, a column), not an
            # organisation the article named ("Republicans", "Quinnipiac University").
            return Resolved(None, None, 0.3, None)
        if word in PERSON_PRONOUNS or word in GROUP_PRONOUNS:
            noun = self._subject_before(head, lambda tok: _fits_pronoun(tok, word))
            # "They" after "Voting rights advocates have expressed concern": those people, unless
            # a name came after them; a person named before a role noun is who "he" is.
            since = noun.idx if noun is not None and word in GROUP_PRONOUNS else 0
            ent = self._antecedent(head, since)
            if ent is not None:
                return _of(ent, 0.7)
            if noun is not None:
                # "The German chancellor said ... She added ...": nobody named, the person or
                # people as the article gave them.
                return self.resolve(*np_bounds(noun))._replace(confidence=0.5)
            return Resolved(None, None, 0.3, None)
        if word == "it" and head.pos_ == "PRON" and _says(head):
            noun = self._subject_before(
                head,
                lambda tok: tok.pos_ == "NOUN" and lemma_of(tok) in ORGANISATION_NOUNS and _definite(tok),
            )
            ent = self._organisation_before(head.idx, None, since=noun.idx if noun is not None else 0)
            if ent is None and noun is not None:
                # "The museum said ... It added": the organisation as the article gave it, when
                # it named none nearer.
                return self.resolve(*np_bounds(noun))._replace(confidence=0.6)
            return _of(ent, 0.65) if ent else Resolved(None, None, 0.3, None)
        if _named_body(head):
            # "the Trump campaign", "Clinton's campaign", "the Obama administration": an
            # organisation called after a person, not the person (nor a namesake of theirs).
            described = _description(self.doc, head)
            if described:
                return Resolved(described, None, 0.6, "organisation")
        entity = self._named(span)
        if entity is None:
            # "The governor, Tom Reyes, insists": the name stands in apposition to the head (or,
            # set off by a comma, was parsed as a modifier of it: "Another, Tom Reyes, 62, said").
            named = next(
                (
                    c
                    for c in head.children
                    if c.ent_type_ in ("PERSON", "ORG")
                    and (
                        c.dep_ == "appos"
                        or (
                            c.dep_ == "npadvmod"
                            and c.left_edge.i > 0
                            and self.doc[c.left_edge.i - 1].text == ","
                        )
                    )
                ),
                None,
            )
            if named is not None:
                entity = self._named(self.doc[named.i : named.i + 1])
                if entity is not None and entity.role is None and is_role_word(head):
                    entity.role = _role_phrase(self.doc, head)
        if entity is None and head.pos_ == "NOUN":
            # "transport board chair Odile Marchetti said", parsed with "chair" as the head: the
            # one person named inside the mention is who it is.
            # So is a name right after a role noun the parser cut off from it ("chair Odile
            # Marchetti said"). A name before the noun is whose it is ("a Trump supporter"), unless
            # the noun says when ("Broaddrick Sunday night recounted", parsed with "night" as head).
            inside = [
                e
                for e in self.names
                if lo <= e.start <= hi
                and (head.i < e.start or lemma_of(head) in _TIME_HEADS)
                and e.label_ == "PERSON"
                and not _possessor(e)
            ]
            if len(inside) == 1 and (inside[0].start < hi or is_role_word(head)):
                entity = self._named(inside[0])
        if entity is not None:
            return _of(entity, 0.95)
        proper = head.pos_ == "PROPN" and (head.text[:1].isupper() or head.text[:1] == "@")
        if proper or _mistagged_name(head):
            name_lo, name_hi = _name_range(head)
            name, _ = _clean_name(self.doc[name_lo:name_hi])
            if name:
                return self.resolve_name(name)
        if head.lower_ == "those":
            # "Those who have sketched out paths for him to win acknowledge ...": the people the
            # relative clause describes, as the article gives them.
            clause = next((c for c in head.rights if c.dep_ == "relcl"), None)
            if clause is not None and clause.right_edge.i - head.i <= 14:
                described = self.doc[head.i : clause.right_edge.i + 1].text.strip()
                return Resolved(described, None, 0.5, "group")
        if head.lower_ in _QUANTIFIERS or (head.pos_ == "NUM" and head.ent_type_ not in ("DATE", "TIME")):
            # "Some of the delegates", "half of the voters", "10 of the 12 senators": as given.
            of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pobj is not None and (_source_noun(pobj) or pobj.pos_ == "PROPN"):
                described = _description(self.doc, head)
                if described and " of " in described:
                    return Resolved(described, None, 0.55, "group")
        if _share(head):
            # "42% say ...", "61 percent say ...", "Six in 10 say ...": the share of the people
            # asked, as the article gives it.
            described = _description(self.doc, head)
            if described:
                return Resolved(described, None, 0.5, "group")
        # A common noun the tagger took for a name ("the harbour board" as NNP) is still one.
        if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.text[:1].islower()):
            if lemma_of(head) not in ANONYMOUS_HEADS and not _indefinite(head):
                # "the envoy": the person the article called an envoy; "one former executive" is
                # someone new.
                ent = self._by_role(head)
                if ent is not None:
                    return _of(ent, 0.6)
            if lemma_of(head) in ORGANISATION_NOUNS and _definite(head):
                # "the ministry", "the company": the organisation named before that it stands for;
                # "the groups" are several, never the one named last ("the departments" may be
                # the two named together).
                ent = self._organisation_before(head.idx, lemma_of(head))
                several = head.tag_ in ("NNS", "NNPS")
                if ent is not None and (not several or " and " in ent.name):
                    return _of(ent, 0.6)
            if lemma_of(head) in _SENT and not _definite(head):
                # "Black Lives Matter issued a statement saying ...": whoever issued it.
                sender = self._sender(head)
                if sender is not None:
                    return sender
            if lemma_of(head) in _ISSUED and _definite(head):
                issuer = self._issuer(head)
                if issuer is not None:
                    return issuer
                author = self._author_of(head)  # "The statement from the ministry said"
                if author is not None:
                    return _of(author, 0.7)
            if lemma_of(head) in DOCUMENT_NOUNS or lemma_of(head) in _ISSUED:
                # "a CBS News poll", "figures published by the Office for National Statistics":
                # whoever the document is by; else the document as the article gives it. A
                # statement or a letter is its owner's ("the campaign's statement"), never a
                # source of its own ("The statement said").
                author = self._author_of(head)
                if author is not None:
                    return _of(author, 0.7)
                owner = next((c for c in head.lefts if c.dep_ == "poss" and _source_noun(c)), None)
                if owner is not None:
                    # "the city's own estimate": the city's, as the article gives it.
                    owned = _description(self.doc, owner)
                    if owned:
                        whose: SpeakerKind = (
                            "organisation" if lemma_of(owner) in ORGANISATION_NOUNS else "unnamed"
                        )
                        name = owned.removesuffix("’s").removesuffix("'s").strip()
                        return Resolved(name, None, 0.55, whose)
                described = _description(self.doc, head) if lemma_of(head) in DOCUMENT_NOUNS else None
                return (
                    Resolved(described, None, 0.5, "unnamed")
                    if described
                    else Resolved(None, None, 0.4, None)
                )
            described = _description(self.doc, head) if _source_noun(head) else None
            if described:
                plural = head.tag_ in ("NNS", "NNPS")
                organisation = lemma_of(head) in ORGANISATION_NOUNS
                kind: SpeakerKind = "group" if plural else ("organisation" if organisation else "unnamed")
                return Resolved(described, None, 0.55, kind)
        return Resolved(None, None, 0.4, None)

    def _issuer(self, noun: Token) -> Resolved | None:
        """Who issued "the statement" the article mentioned shortly before ("The union issued a
        statement on Monday. The statement said ..."): the subject of the verb that had it for
        object or said something in it ("said in a statement"), or whose it was ("the union's
        statement").

        Its issuer may be another statement, and so on back ("The statement issued the
        statement. ..."): each answer is kept, so that the chain is followed once and not again
        from every statement along it, and it is followed at most ``MAX_ISSUERS`` deep."""
        if noun.i in self._issued:
            return self._issued[noun.i]
        if self._issuing >= MAX_ISSUERS:
            return None
        self._issuing += 1
        try:
            found = self._issuer_before(noun)
        finally:
            self._issuing -= 1
        self._issued[noun.i] = found
        return found

    def _sender(self, noun: Token) -> Resolved | None:
        """Who issued, sent or posted the statement, message or letter: the subject of the verb
        that has it for object."""
        subject = _issued_by(noun)
        if subject is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            verb = noun.head
            if verb.i > 0 and self.doc[verb.i - 1].pos_ == "PROPN":
                # "Black Lives Matter issued ...", "Matter" read as an adverb: the name it ends.
                last = verb.i - 1
                ent = next((e for e in self.names if e.start <= last < e.end), None)
                lo, hi = (ent.start, ent.end) if ent is not None else _name_range(self.doc[last])
                who = self.resolve(lo, hi)
                return who if who.name else None
        if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
            return None
        who = self.resolve(*np_bounds(subject))
        return who if who.name else None

    def _issuer_before(self, noun: Token) -> Resolved | None:
        lemma = lemma_of(noun)
        for tok in reversed(self.doc[_sentences_back(noun, 3) : noun.i]):  # this sentence and three before
            if tok.pos_ != "NOUN" or lemma_of(tok) != lemma or self.inside_quote(tok.idx):
                continue
            owner = next((c for c in tok.lefts if c.dep_ == "poss"), None) or _issued_by(tok)
            if owner is None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through"):
                # "The mayor's office said in a statement that ...": who said it in the statement
                verb = tok.head.head
                if verb.pos_ == "VERB":
                    owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if owner is None or owner.lower_ in PERSON_PRONOUNS or owner.pos_ not in ("PROPN", "NOUN"):
                return None
            who = self.resolve(*np_bounds(owner))
            return who if who.name else None
        return None

    def _author_of(self, doc_noun: Token) -> Entity | None:
        """The organisation or person a document is by: named in front of it ("a CBS News poll",
        "the FBI summary", "Senate filings"), or after "by" or "from" ("figures published by X",
        "a report from X")."""
        lo = min([t.left_edge.i for t in doc_noun.lefts] + [doc_noun.i])
        candidates = [e for e in self.names if lo <= e.start and e.end <= doc_noun.i]
        for tok in doc_noun.subtree:
            if tok.lower_ in ("by", "from") and tok.i > doc_noun.i and tok.i - doc_noun.i <= 4:
                candidates += [e for e in self.names if tok.i < e.start <= tok.i + 4]
        for ent in candidates:
            if ent.label_ in ("ORG", "PERSON") and (entity := self._named(ent)) is not None:
                return entity
        return None

    def resolve_name(self, name: str) -> Resolved:
        """A person the article names, as the article's fullest name and role for them."""
        return _of(self._entity_for(name, "PERSON"), 0.8)

    def _organisation_before(self, at: int, noun: str | None, since: int = 0) -> Entity | None:
        """The organisation named last before ``at`` (and not before ``since``), within the last
        few sentences; with a ``noun`` ("ministry"), one whose name holds it if any does."""
        words = self.doc.char_span(at, at + 1, alignment_mode="expand")
        here = self._sent_of(words[0]) if words is not None and len(words) else 0
        fallback: Entity | None = None
        for m in self._mentions_before(at):
            if self.inside_quote(m.start) or m.entity.label != "ORG":
                continue
            if here - m.sent > 4 or m.start < since:
                break
            if noun is None or noun in m.entity.name.lower():
                return m.entity
            fallback = fallback or m.entity
        return fallback if noun in GENERIC_ORGANISATION_NOUNS else None

    def _modifies_a_noun(self, m: EntityMention) -> bool:
        """The mention names whose or which the noun after it is ("Northwind Airlines pilots")."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        return root.dep_ in ("compound", "poss") and root.head.pos_ == "NOUN" and root.head.i >= span.end

    def _subject_before(self, pron: Token, fits: Callable[[Token], bool]) -> Token | None:
        """The nearest subject of a main clause that ``fits`` ("The museum said ...", "the
        German chancellor said ..."; not "notes the ministry monitors ..."), within this sentence
        and the two before it: what a pronoun stands for when the article named nobody it can."""
        for tok in reversed(self.doc[_sentences_back(pron, 2) : pron.i]):
            if (
                tok.dep_ in ("nsubj", "nsubjpass")
                and fits(tok)
                and not self.inside_quote(tok.idx)
                and not any(a.dep_ in _EMBEDDED for a in tok.ancestors)
            ):
                return tok
        return None

    def _named(self, span: Span) -> Entity | None:
        """The named entity the mention's head word belongs to."""
        root = span.root.i
        # Names are in text order and never overlap (doc.ents, some cut shorter): the one that
        # can hold the word is the last to start at or before it, found without a scan of all.
        k = bisect.bisect_right(self._name_starts, root) - 1
        ent = self.names[k] if k >= 0 else None
        if ent is not None and ent.start <= root < ent.end:
            mention = self._mention_at.get(ent.start_char)
            if mention is not None:
                return mention.entity
        return None

    def _antecedent(self, pron: Token, since: int = 0) -> Entity | None:
        """The most salient compatible name in the last few sentences (and not before ``since``):
        subjects outrank objects, nearer outranks farther, names inside quotation marks are not
        antecedents."""
        gender = PERSON_PRONOUNS.get(pron.lower_, "")
        want_person = pron.lower_ in PERSON_PRONOUNS
        here = self._sent_of(pron)
        best: tuple[float, Entity] | None = None
        for m in self._mentions_before(pron.idx):
            distance = here - m.sent
            if self.inside_quote(m.start):
                continue
            if distance > 4 or m.start < since:
                break
            ent = m.entity
            if want_person != (ent.label == "PERSON"):
                continue
            if not want_person and (ent.label in ("GPE", "FAC", "LOC") or self._modifies_a_noun(m)):
                # "they" who say something are no place ("Vermont"), nor the airline whose pilots
                # walked out ("Northwind Airlines pilots walked out. They said").
                continue
            if gender and ent.gender and ent.gender != gender:
                continue
            score = m.salience - distance
            if gender:
                score += _gender_fit(ent, gender)
            if best is None or score > best[0]:
                best = (score, ent)
        return best[1] if best else None

    def last_subject(self, before: int, since: int) -> EntityMention | None:
        """The last person named as a subject in [since, before)."""
        for m in self._mentions_before(before):
            if m.start < since:
                break
            if m.subject and m.entity.label == "PERSON":
                return m
        return None

    def _by_role(self, head: Token) -> Entity | None:
        """The person named last before ``head`` whom the article gave its role; "the Vermont
        senator" needs a role that held "Vermont" too (else it stays as the article gives it:
        the senator named last may be another state's)."""
        word = head.lower_
        marks = {
            c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()
        }
        if self._role_index is None:
            # The mentions whose person's role holds each word, in text order: built at the first
            # question, once roles and mentions are settled (__init__), so that a question looks
            # only at the mentions of people with that role, not at every mention before it.
            index: dict[str, tuple[list[int], list[EntityMention]]] = {}
            for m in self.mentions:
                for role_word in m.entity.role_words:
                    starts, found = index.setdefault(role_word, ([], []))
                    starts.append(m.start)
                    found.append(m)
            self._role_index = index
        starts, found = self._role_index.get(word, ([], []))
        for k in range(bisect.bisect_left(starts, head.idx) - 1, -1, -1):
            if marks <= found[k].entity.role_words:
                return found[k].entity
        return None

    def _mentions_before(self, at: int) -> Iterator[EntityMention]:
        """The mentions that start before ``at``, nearest first: found by bisection, so a
        question about one place in a long article does not walk every later mention."""
        for k in range(bisect.bisect_left(self._mention_starts, at) - 1, -1, -1):
            yield self.mentions[k]


class Resolved(NamedTuple):
    name: str | None
    role: str | None
    confidence: float
    kind: SpeakerKind | None


def _gender_fit(ent: Entity, gender: str) -> float:
    """How well a "he" or "she" fits a person it does not contradict: one the article marks with
    that gender fits best, by half a sentence's distance ("she" after "Chris Christie described
    Hillary Clinton as ..."); a "person" with neither a gender nor a given name (a run of
    capitals the tagger typed as a name: "Second Amendment", "Wall Street") least."""
    if ent.gender == gender:
        return 0.5
    words = ent.name.split()
    if not ent.gender and (len(words) < 2 or words[0].lower() not in given_names()):
        return -1.0
    return 0.0


def _of(ent: Entity, confidence: float) -> Resolved:
    person = ent.label == "PERSON" or bool(ent.gender)  # "Mr." or "he" make a person of any name
    kind: SpeakerKind = "person" if person else ("group" if ent.label == "NORP" else "organisation")
    return Resolved(ent.name, ent.role if person else None, confidence, kind)


def _source_noun(noun: Token) -> bool:
    """Can the noun stand for someone who speaks: people ("officials", "a spokeswoman", "my
    lawyer") or an organisation ("the museum")? Not a thing ("the statement", "exit polls")."""
    lemma = lemma_of(noun)
    return lemma in PEOPLE_NOUNS or lemma in ORGANISATION_NOUNS or is_role_word(noun)


def _says(pron: Token) -> bool:
    """Is the pronoun the subject of a verb that makes a statement ("It said", "it announced"),
    not the "it" of "It's worth noting that" or "it goes without saying"?"""
    verb = pron.head
    return (
        pron.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and kind_lexicon().get(lemma_of(verb)) == "statement"
        and not any(c.dep_ in ("acomp", "attr") for c in verb.children)
    )


MAX_ISSUERS = 20
"""Statements issued by statements followed back at most this far (Python's own call stack
would end a chain of a few hundred with an error, failing the article)."""

# Documents a source issues: "the statement" is whoever issued the statement mentioned before it.
_ISSUED = frozenset(["statement", "release", "letter", "memo", "ad", "advertisement"])
_SENT = _ISSUED | frozenset(["message", "note", "email", "post", "tweet"])


def _share(head: Token) -> bool:
    """A share of people given as a number: "42%", "61 percent", "Six in 10"."""
    if head.lower_ in ("%", "percent") and any(c.dep_ == "nummod" for c in head.children):
        return True
    return head.pos_ == "NUM" and any(c.dep_ == "quantmod" and c.lower_ == "in" for c in head.children)


_QUANTIFIERS = frozenset(
    ["some", "many", "most", "half", "both", "several", "few", "all", "none", "majority"]
)
_ABBREVIATED_ROLES = {
    "sen.": "senator",
    "sen": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "lt.": "lieutenant",
    "sec.": "secretary",
    "pres.": "president",
    "amb.": "ambassador",
    "atty.": "attorney",
    "col.": "colonel",
    "capt.": "captain",
    "sgt.": "sergeant",
    "adm.": "admiral",
    "cmdr.": "commander",
    "maj.": "major",
    "rev.": "reverend",
    "prof.": "professor",
}


def _role_words(role: str) -> set[str]:
    """The words a later "the senator" or "the front-runner" may use for a role the article gave
    ("Sen.", "the GOP front-runner"): its words, their parts, and abbreviations spelled out."""
    words = set()
    for word in role.lower().split():
        words.add(word)
        words.update(part for part in word.split("-") if part)
        if word in _ABBREVIATED_ROLES:
            words.add(_ABBREVIATED_ROLES[word])
    return words


def _indefinite(noun: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one", "some", "any", "no"))
        or c.dep_ == "nummod"
        for c in noun.lefts
    )


_TIME_HEADS = frozenset(
    ["night", "morning", "afternoon", "evening", "day", "week", "weekend", "today", "tonight"]
)


def _possessor(name: Span) -> bool:
    """ "Trump's wife", "Donald Trump's supporters": the name is whose they are, not who."""
    return name.end < len(name.doc) and name.doc[name.end].tag_ == "POS"


def _fits_pronoun(noun: Token, pronoun: str) -> bool:
    """A noun for people that a pronoun can stand for: one person for "he"/"she" ("the senator",
    "a witness"), people for "they" ("officials"); a noun of the other gender never."""
    if noun.pos_ != "NOUN" or lemma_of(noun) in ORGANISATION_NOUNS:
        return False
    if not (lemma_of(noun) in PEOPLE_NOUNS or is_role_word(noun)):
        return False
    plural = noun.tag_ == "NNS"
    if pronoun not in PERSON_PRONOUNS:
        return plural
    gender = PERSON_PRONOUNS[pronoun]
    word = noun.lower_
    female = word.endswith("woman") or word in _FEMALE_NOUNS
    male = (word.endswith("man") and not female) or word in _MALE_NOUNS
    return not plural and not (gender == "m" and female) and not (gender == "f" and male)


_FEMALE_NOUNS = frozenset(["mother", "wife", "daughter", "sister", "actress", "queen", "girl", "grandmother"])
_MALE_NOUNS = frozenset(["father", "husband", "son", "brother", "actor", "king", "boy", "grandfather"])
_EMBEDDED = frozenset(["ccomp", "xcomp", "relcl", "advcl", "acl", "pcomp", "csubj"])


def _issued_by(noun: Token) -> Token | None:
    """The subject of the verb that has ``noun`` for object ("The union issued a statement"), or
    its agent ("a statement issued by the union")."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ != "VERB":
        return None
    owner = next((c for c in noun.head.children if c.dep_ in ("nsubj", "agent")), None)
    if owner is not None and owner.dep_ == "agent":
        owner = next((c for c in owner.children if c.dep_ == "pobj"), None)
    return owner


def _sentences_back(tok: Token, n: int) -> int:
    """Where the sentence ``n`` sentences before ``tok``'s starts (the document's start at most)."""
    start = tok.sent.start
    for _ in range(n):
        if start > 0:
            start = tok.doc[start - 1].sent.start
    return start


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.lefts)


def _description(doc: Doc, head: Token) -> str | None:
    """A source the article does not name, as it gives it: the noun with its modifiers and a
    short "for/of/at/with" phrase or "close to" ("a spokeswoman for the Port Authority", "housing
    advocates", "senior officials", "a person close to the mayor"). None for a bare pronoun-like
    noun ("one", "someone")."""
    lo, hi = np_bounds(head)
    for c in head.rights:
        near = c.dep_ == "amod" and c.lower_ in ("close", "familiar", "near")
        placing = c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with", "from", "in")
        if (near or placing) and c.i == hi:
            end = c.right_edge.i + 1
            if end - c.i <= 8 and not any(t.is_punct and t.text not in ".-&'’" for t in doc[c.i : end]):
                hi = end
        break
    words = doc[lo:hi]
    if len(words) > 12 or words.root.lemma_ in ("one", "someone", "anyone", "everyone", "nobody"):
        return None
    return words.text.strip() or None


def _named_body(head: Token) -> bool:
    """A common noun of an organisation ("campaign", "administration") that a person's name
    modifies: "the Trump campaign", "Clinton's campaign"."""
    return (
        head.pos_ == "NOUN"
        and not head.ent_type_
        and lemma_of(head) in ORGANISATION_NOUNS
        and any(c.dep_ in ("compound", "poss") and c.ent_type_ == "PERSON" for c in head.lefts)
    )


def _mistagged_name(tok: Token) -> bool:
    """A capitalised word inside a sentence that the tagger took for an adverb or adjective
    ("“...,” Skelly said"), or for a singular common noun with no determiner ("“...,” Hannity
    said"): in a reporter's place, a name."""
    if not (tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start):
        return False
    if tok.pos_ in ("ADV", "ADJ"):
        return True
    return (
        tok.tag_ == "NN"
        and not tok.text.isupper()
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children)
    )


def _described(noun: Token) -> Token:
    """Who a relative clause's noun stands for: itself when it is a name, or the subject a
    predicate noun describes ("X is a serial liar and a bully who ..." -> X)."""
    tok = noun
    while tok.pos_ != "PROPN" and tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ == "PROPN":
        return tok
    if tok.dep_ == "attr":
        verb = tok.head
        while True:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
            if verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head  # "incites violence and is a liar who ...": the first verb's subject
    return noun


def _is_headline(text: str, lo: int) -> bool:
    """Is the line starting at ``lo`` a headline: short, and nearly every word capitalised?"""
    hi = text.find("\n", lo)
    words = [w for w in text[lo : hi if hi >= 0 else len(text)].split() if w[:1].isalpha()]
    if len(words) < 3 or len(words) > 20:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _name_range(tok: Token) -> tuple[int, int]:
    lo = hi = tok.i
    while lo > 0 and tok.doc[lo - 1].dep_ in ("compound", "flat") and tok.doc[lo - 1].head.i == tok.i:
        lo -= 1
    return lo, hi + 1


def _role_of(doc: Doc, ent: Span) -> str | None:
    """The role an article gives a name: the modifiers before it ("US special envoy Steve Witkoff",
    "Trump's son-in-law Jared Kushner") or an appositive naming a position ("X, mayor of Y")."""
    if ent.label_ != "PERSON":
        return None
    root = ent.root
    # Hung on the head, or on the given name ("Harbour County Recorder Helen Purcell", parsed
    # as a chain of compounds).
    lefts = [c for t in ent for c in t.lefts if c.i < ent.start and c.dep_ in ROLE_DEPS]
    if lefts:
        lo = min(t.left_edge.i for t in lefts)
        hi = ent.start
        # Not a determiner or honorific, nor a verb the parser hung on the name ("tweeted
        # council spokesman X").
        while lo < hi and _not_role_word(doc[lo]):
            lo += 1
        words = doc[lo:hi]
        if words and any(
            t.pos_ in ("NOUN", "PROPN") and t.ent_type_ == "" or t.lower_ in ROLE_TITLES for t in words
        ):
            text = words.text.strip(" ,")
            if text and text.lower() not in HONORIFICS:
                return real_role(text, list(words))
    for child in root.rights:
        # "X, a lawyer for Y", "X, the head of Y", "X, 54, a veteran of Y": an apposition after a
        # person's name that names a position says what they are ("X, a book" does not).
        if child.dep_ == "appos" and is_role_word(child):
            return real_role(_appos_text(doc, child))
    return None


def _not_role_word(tok: Token) -> bool:
    return tok.dep_ == "det" or tok.lower_ in HONORIFICS or (tok.pos_ == "VERB" and tok.is_lower)


def _role_phrase(doc: Doc, head: Token) -> str:
    """A common-noun head with its modifiers, without determiners: "The party chair" -> "party chair"."""
    lo = min([t.left_edge.i for t in head.lefts] + [head.i])
    while lo < head.i and doc[lo].dep_ == "det":
        lo += 1
    return doc[lo : head.i + 1].text


def _appos_text(doc: Doc, tok: Token) -> str:
    drop = {t.i for c in tok.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
    toks = [t for t in tok.subtree if t.i not in drop]
    lo, hi = toks[0].i, toks[-1].i + 1
    for t in doc[lo:hi]:
        if t.text == "," and t.i + 1 < hi and doc[t.i + 1].lower_ in ("who", "which", "whose", "where"):
            hi = t.i  # ", who represents ...": a clause about them, not their role
            break
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ == "det"):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return doc[lo:hi].text.strip()
