"""One identity per speaker across articles, and the reason each name was linked to it.

People are grouped by surname. Within a surname, full names whose given names agree (the same,
a nickname, a short form, an initial) are one person and different given names are different
people, unless the articles tell namesakes apart: one name given roles in different fields of life
(a fire chief and a footballer, ``lexicon.ROLE_FIELDS``) is as many people, and an article that gives
no such role goes to the one its other evidence favours (names mentioned alongside, outlet, role
words), else to an identity of its own marked ambiguous. A bare surname goes to the person the same
article names in full; else to the only person with that surname; else to the one the evidence
favours (role words, outlet, names mentioned alongside); else it stays a speaker of its own, marked
ambiguous.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from quotegraph.resolve.names import (
    PersonName,
    fold,
    given_key,
    given_match,
    parse_name,
    role_fields,
    role_words,
)


@dataclass(frozen=True)
class Mention:
    """One quote's speaker as its article gave it, with the context that can tell people apart."""

    quote_id: str
    article_key: str
    speaker: str | None
    role: str | None = None
    outlet: str | None = None
    published_at: str | None = None
    co_mentioned: frozenset[str] = frozenset()
    """Folded surnames of the other people named in the same article."""


@dataclass(frozen=True)
class Link:
    """Why one mention belongs to one speaker."""

    speaker_id: str
    alias: str
    reason: str


@dataclass
class Person:
    id: str
    surname: str
    forms: Counter[str] = field(default_factory=Counter)
    given: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    co_mentioned: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return min(self.forms, key=lambda f: (-self.forms[f], -len(f), f))


@dataclass(frozen=True)
class Resolution:
    links: dict[str, Link]
    """Quote id to its speaker link; quotes with no named speaker are absent."""
    names: dict[str, str]
    """Speaker id to display name."""


def speaker_id(surname_key: str, given: str) -> str:
    return "sp-" + hashlib.sha1(f"{surname_key}|{given}".encode()).hexdigest()[:12]


def resolve_speakers(mentions: Iterable[Mention]) -> Resolution:
    by_surname: dict[str, list[tuple[Mention, PersonName]]] = defaultdict(list)
    for m in mentions:
        parsed = parse_name(m.speaker)
        if parsed is not None:
            by_surname[parsed.surname_key].append((m, parsed))
    links: dict[str, Link] = {}
    names: dict[str, str] = {}
    for key in sorted(by_surname):
        group = sorted(by_surname[key], key=lambda mp: mp[0].quote_id)
        for person in _resolve_surname(key, group, links):
            names[person.id] = person.name
    return Resolution(links, names)


def _resolve_surname(
    key: str, group: list[tuple[Mention, PersonName]], links: dict[str, Link]
) -> list[Person]:
    full = [(m, p) for m, p in group if p.given]
    by_given = {g: person for person in _people_from_full_names(key, full) for g in person.given}
    mentions_of: dict[str, list[tuple[Mention, PersonName]]] = defaultdict(list)
    for m, p in full:
        mentions_of[by_given[fold(p.given[0])].id].append((m, p))
    people: list[Person] = []
    namesake_of: dict[str, tuple[Person, str | None]] = {}
    for person in {id(p): p for p in by_given.values()}.values():
        found, where = _namesakes(key, person, mentions_of[person.id])
        people += found
        namesake_of.update(where)
    people.sort(key=lambda person: person.id)
    in_article: dict[str, set[str]] = defaultdict(set)
    for m, p in full:
        person = namesake_of[m.quote_id][0]
        person.forms[p.full] += 1
        _add_context(person, m, p)
        in_article[m.article_key].add(person.id)
    by_id = {person.id: person for person in people}
    for m, p in full:
        person, namesake = namesake_of[m.quote_id]
        first_form = person.given[0]
        how = given_match(first_form, p.given[0])
        reason = "full name" if how == "same" else f"same surname, given name {how} of '{first_form}'"
        links[m.quote_id] = Link(person.id, p.full, reason + (f"; {namesake}" if namesake else ""))
    bare = [(m, p) for m, p in group if not p.given]
    ambiguous: Person | None = None
    for m, p in bare:
        placed, reason = _place_surname(m, p, people, by_id, in_article)
        if placed is None:
            if ambiguous is None:
                ambiguous = Person(speaker_id(key, "?"), p.surname)
            ambiguous.forms[p.full] += 1
            placed = ambiguous
        links[m.quote_id] = Link(placed.id, p.full, reason)
    return people + ([ambiguous] if ambiguous else [])


def _people_from_full_names(key: str, full: list[tuple[Mention, PersonName]]) -> list[Person]:
    """Group the given names seen with one surname into people, most frequent given names first."""
    counts = Counter(fold(p.given[0]) for _, p in full)
    spelled = {fold(p.given[0]): p.given[0] for _, p in full}
    people: list[Person] = []
    for g in sorted(counts, key=lambda g: (len(g) <= 1, -counts[g], -len(g), g)):
        matches = [
            person for person in people if any(given_match(spelled[g], spelled[o]) for o in person.given)
        ]
        if len(matches) == 1:
            matches[0].given.append(g)
        else:  # no match, or an initial that fits several people: a person of its own
            people.append(Person(speaker_id(key, given_key(spelled[g])), surname=key, given=[g]))
    for person in people:
        person.given = [spelled[g] for g in person.given]
        person.given += [fold(g) for g in person.given]
    return people


def _namesakes(
    key: str, person: Person, mentions: list[tuple[Mention, PersonName]]
) -> tuple[list[Person], dict[str, tuple[Person, str | None]]]:
    """One name's people: one, unless its articles give it roles in different fields of life and
    name nobody in common (a businessman turned candidate is named alongside the same people). Then
    one person per field, and each article without such a role goes to the person its evidence
    favours, else to an identity marked ambiguous. Each mention's person, with why it is that
    namesake (``None`` when the name is one person)."""
    fields: dict[str, set[str]] = defaultdict(set)
    near: dict[str, set[str]] = defaultdict(set)
    for m, p in mentions:
        fields[m.article_key] |= role_fields(m.role or p.title)
        near[m.article_key] |= m.co_mentioned
    groups = _joined_by_field_or_name({a: f for a, f in fields.items() if f}, near)
    if len(groups) < 2:
        return [person], {m.quote_id: (person, None) for m, _ in mentions}
    given, name = given_key(person.given[0]), person.given

    def namesake(field: str) -> Person:
        return Person(speaker_id(key, f"{given}|{field}"), person.surname, given=list(name))

    sakes = {label: namesake(label) for label in sorted(groups)}
    article_sake = {a: sakes[label] for label, articles in groups.items() for a in articles}
    for m, p in mentions:  # each namesake's context, from the articles that give its field
        if m.article_key in article_sake:
            _add_context(article_sake[m.article_key], m, p)
    label_of = {sake.id: label for label, sake in sakes.items()}
    out: dict[str, tuple[Person, str | None]] = {}
    ambiguous: Person | None = None
    for m, p in mentions:
        if m.article_key in article_sake:
            sake = article_sake[m.article_key]
            others = " or ".join(f"the {label} one" for label in sakes if sake is not sakes[label])
            told = f"namesakes told apart by role: the {label_of[sake.id]} one, not {others}"
            out[m.quote_id] = (sake, told)
            continue
        scored = sorted(((_evidence(m, p, s), s) for s in sakes.values()), key=_best_first)
        (best, why), sake = scored[0]
        if best > 0 and best > scored[1][0][0]:
            out[m.quote_id] = (sake, f"of namesakes ({', '.join(sakes)}), the {label_of[sake.id]} one: "
                               + ", ".join(why))  # fmt: skip
            continue
        if ambiguous is None:
            ambiguous = namesake("?")
        out[m.quote_id] = (ambiguous, f"ambiguous between namesakes ({', '.join(sakes)}): the article tells"
                           " none apart")  # fmt: skip
    return [*sakes.values(), *([ambiguous] if ambiguous else [])], out


def _joined_by_field_or_name(fields: dict[str, set[str]], near: dict[str, set[str]]) -> dict[str, list[str]]:
    """Articles grouped where they share a field of life or a name mentioned alongside, each group by
    its fields ("emergency", "business/politics")."""
    parent = {a: a for a in fields}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    first: dict[str, str] = {}
    for a in sorted(fields):
        for mark in [f"field:{f}" for f in fields[a]] + [f"name:{n}" for n in near[a]]:
            if mark in first:
                ra, rb = find(a), find(first[mark])
                parent[max(ra, rb)] = min(ra, rb)
            else:
                first[mark] = a
    members: dict[str, list[str]] = defaultdict(list)
    for a in sorted(fields):
        members[find(a)].append(a)
    return {"/".join(sorted(set().union(*(fields[a] for a in arts)))): arts for arts in members.values()}


def _best_first(scored: tuple[tuple[int, list[str]], Person]) -> tuple[int, str]:
    return -scored[0][0], scored[1].id


def _add_context(person: Person, m: Mention, p: PersonName) -> None:
    person.roles |= role_words(m.role or p.title)
    if m.outlet:
        person.outlets.add(m.outlet)
    person.co_mentioned |= m.co_mentioned


def _place_surname(
    m: Mention, p: PersonName, people: list[Person], by_id: dict[str, Person], in_article: dict[str, set[str]]
) -> tuple[Person | None, str]:
    here = in_article.get(m.article_key, set())
    if len(here) == 1:
        person = by_id[next(iter(here))]
        return person, f"surname only; the same article names '{person.name}'"
    candidates = [by_id[i] for i in sorted(here)] if here else people
    if len(candidates) == 1:
        return candidates[0], f"surname only; the only person named {p.surname} in the corpus"
    if not candidates:
        return None, "surname only; nobody with this surname is named in full"
    scored = sorted(((_evidence(m, p, c), c) for c in candidates), key=lambda sc: (-sc[0][0], sc[1].id))
    (best, why), person = scored[0]
    if best > 0 and best > scored[1][0][0]:
        return person, f"surname only; of {len(candidates)} people named {p.surname}, " + ", ".join(why)
    names = ", ".join(sorted(f"'{c.name}'" for c in candidates))
    return None, f"surname only; ambiguous between {names}"


def _evidence(m: Mention, p: PersonName, person: Person) -> tuple[int, list[str]]:
    score, why = 0, []
    shared_roles = sorted(role_words(m.role or p.title) & person.roles)
    if shared_roles:
        score += 2
        why.append(f"role words {', '.join(shared_roles)}")
    if m.outlet and m.outlet in person.outlets:
        score += 1
        why.append(f"outlet {m.outlet}")
    shared_names = sorted(m.co_mentioned & person.co_mentioned)
    if shared_names:
        score += len(shared_names)
        why.append(f"named alongside {', '.join(shared_names)}")
    return score, why
