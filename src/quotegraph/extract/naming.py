"""A person's name holds only the name; a role is a position, office or occupation.

Taggers put more into a name than the name: epithets ("Crooked Hillary Clinton"), occupations
and offices ("Chef Tunde Okafor", "Wells Fargo CEO John Stumpf"), headline words. And the words
before a name are not always a role ("book", "high stakes", "68-year-old").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from quotegraph.extract.lexicon import HONORIFICS, ORG_WORDS, PEOPLE_NOUNS, ROLE_TITLES, given_names
from quotegraph.extract.nlp import english_noun, lemma_of

# Words that stand before a name to judge or label the person, never part of the name.
EPITHETS = frozenset(
    [
        "crooked",
        "lyin",
        "lyin'",
        "lying",
        "sleepy",
        "crazy",
        "little",
        "real",
        "low-energy",
        "rival",
        "embattled",
        "disgraced",
        "beleaguered",
        "controversial",
        "outspoken",
        "late",
        "former",
        "then-candidate",
        "presumptive",
        "billionaire",
        "latest",
        "exclusive",
        "breaking",
        "watch",
        "update",
        "opinion",
        "analysis",
    ]
)
# Abbreviated titles of office or rank the lexicon of titles leaves out.
ABBREVIATED_TITLES = frozenset(
    [
        "del.",
        "del",
        "lt.",
        "gen.",
        "col.",
        "sgt.",
        "capt.",
        "maj.",
        "adm.",
        "cmdr.",
        "gov.",
        "sen.",
        "rep.",
        "rev.",
        "atty.",
    ]
)
# Party and side labels: an affiliation, not a position.
AFFILIATIONS = frozenset(
    ["republican", "democrat", "democratic", "independent", "libertarian", "conservative", "liberal"]
)
_ROLE_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "ent", "ant", "ee", "law", "ary", "eur")
_NOT_ROLE_ENDINGS = ("ment", "ness", "ity", "ion", "ency")
# Things that end as roles do: "brain cancer, which confirmed ..." is no source.
_THINGS_LIKE_ROLES = frozenset(
    [
        "cancer",
        "matter",
        "water",
        "power",
        "corner",
        "chapter",
        "summer",
        "winter",
        "border",
        "computer",
        "meter",
        "character",
        "disaster",
        "error",
        "factor",
        "sector",
        "mirror",
        "color",
        "colour",
        "labor",
        "labour",
        "honor",
        "honour",
        "favor",
        "behavior",
        "behaviour",
        "terror",
        "motor",
        "floor",
        "door",
        "tractor",
        "elevator",
        "center",
        "centre",
        "answer",
        "cover",
        "barrier",
        "banner",
        "manner",
        "letter",
        "paper",
        "register",
        "ledger",
        "list",
        "filter",
        "river",
        "weather",
        "theater",
        "theatre",
        "precedent",
        "incident",
        "accident",
        "event",
        "content",
        "extent",
        "intent",
        "accent",
        "talent",
        "component",
        "moment",
        "segment",
        "plant",
        "grant",
        "restaurant",
        "variant",
        "instant",
        "summary",
        "salary",
        "library",
        "boundary",
        "dictionary",
        "anniversary",
        "century",
        "commentary",
        "documentary",
        "diary",
        "primary",
        "glossary",
        "calendar",
        "filibuster",
        "bluster",
        "firepower",
        "disclaimer",
        "voiceover",
        "headquarter",
    ]
)
_AGE = re.compile(r"^\d+-year-old$")


def is_role_word(tok: Token) -> bool:
    """A noun naming a position, office or occupation ("envoy", "chef", "spokeswoman", "CEO")."""
    word = tok.lower_.rstrip(".")
    if tok.lower_ in ABBREVIATED_TITLES or word in ROLE_TITLES or word in HONORIFICS:
        return True
    lemma = lemma_of(tok)
    if lemma in PEOPLE_NOUNS and lemma not in AFFILIATIONS:
        return True
    if tok.pos_ == "PROPN":  # a capitalised word: "Hillary", "Connor" end as roles do
        return lemma.endswith("ist") and len(lemma) > 5
    return (
        tok.pos_ == "NOUN"
        and lemma.endswith(_ROLE_SUFFIXES)
        and not lemma.endswith(_NOT_ROLE_ENDINGS)
        and lemma not in _THINGS_LIKE_ROLES
        and len(lemma) > 3
    )


def split_title(toks: Sequence[Token]) -> tuple[list[Token], list[Token]]:
    """(name, title) of a person's name as tagged: leading epithets go, and leading offices and
    occupations become the title ("Wells Fargo CEO John Stumpf" -> "John Stumpf", "Wells Fargo
    CEO"). A name keeps at least its last word, unless that is a headline word ("Latest")."""
    name = list(toks)
    title: list[Token] = []
    # An office inside the name with capitalised words after it: what comes before is its title.
    for k in range(len(name) - 2, -1, -1):
        # "Maricopa County Recorder Helen Purcell": an occupation the tagger took for a name,
        # right before a given name, is an office too.
        office = is_role_word(name[k]) or (_occupation(name[k]) and _given(name[k + 1]))
        if office and name[k].text[:1].isupper() and all(t.text[:1].isupper() for t in name[k + 1 :]):
            title, name = name[: k + 1], name[k + 1 :]
            break
    # An outlet or organisation run into the name ("Washington Post Trump"): not the person's.
    for k in range(len(name) - 2, -1, -1):
        if name[k].lower_ in ORG_WORDS and all(t.text[:1].isupper() for t in name[k + 1 :]):
            name = name[k + 1 :]
            break
    while len(name) > 1 and name[0].lower_.strip("'’") in EPITHETS:
        name = name[1:]
    name = _from_given_name(name)
    if len(name) == 1 and name[0].lower_.strip("'’") in EPITHETS:
        name = []  # "Latest", "Breaking": a headline word, no name at all
    return name, [t for t in title if t.lower_.strip("'’") not in EPITHETS]


def _from_given_name(name: list[Token]) -> list[Token]:
    """Headline and sentence words the tagger ran into a name go: "Offensive Things Donald
    Trump" and "Comedian Sarah Silverman" start at the given name, "Debating Clinton" and "Though
    Kaine" at the surname. Words that may be names themselves ("Aung San Suu Kyi", "Mahamat Saleh
    Oumar") stay."""
    first = next((k for k in range(1, len(name) - 1) if _given(name[k])), None)
    if first is not None:
        # "Korean-born Monte Haines", "Texas-based Matt Mackowiak": a lowercase word before the
        # given name ends a modifier the tagger ran into the name ("Anne-Marie" stays whole).
        cut = max((j for j in range(first) if name[j].is_lower), default=None)
        if cut is not None:
            return name[cut + 1 :]
    if len(name) >= 3 and not _given(name[0]):
        k = next((k for k in range(1, len(name) - 1) if _given(name[k]) and name[k - 1].whitespace_), None)
        if k is not None and all(_not_a_name(t) for t in name[:k]):
            return name[k:]
    if len(name) == 2 and (name[0].tag_ == "VBG" or name[0].pos_ in _NOT_NAME_POS):
        return name[1:]
    return name


_NOT_NAME_POS = frozenset(["SCONJ", "CCONJ", "ADP", "DET", "ADV", "PRON", "AUX"])
_OCCUPATION_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ess")


def _given(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.lower_ in given_names()


def _not_a_name(tok: Token) -> bool:
    """A word before a given name that is no part of the name: a common word, or an occupation
    a headline capitalised ("Comedian", "Actress", "Congressman")."""
    word = tok.lower_.rstrip(".")
    if tok.pos_ != "PROPN" or word in ROLE_TITLES or lemma_of(tok) in PEOPLE_NOUNS:
        return True
    return _occupation(tok)


def _occupation(tok: Token) -> bool:
    """A word with an occupation's ending ("Recorder", "Comedian", "Actress")."""
    word = tok.lower_.rstrip(".")
    return word.endswith(_OCCUPATION_ENDINGS) and len(word) > 4 and not _given(tok)


def real_role(text: str | None, words: Sequence[Token] = ()) -> str | None:
    """The role if it names a position, office or occupation; None for "book", "high stakes",
    an age or a party label alone."""
    if not text:
        return None
    toks = [t for t in words if not t.is_punct] if words else []
    if toks:
        if all(_AGE.match(t.lower_) or t.lower_ in AFFILIATIONS for t in toks):
            return None
        # "Maricopa County Recorder": an occupation the tagger took for a name ends the role.
        last = toks[-1]
        office = (
            last.pos_ == "PROPN"
            and (_occupation(last) or last.lower_.endswith("ent"))
            and english_noun(last.lower_)
        )
        roles = [t for t in toks if is_role_word(t)] + ([last] if office else [])
        if not roles or all(t.tag_ in ("NNS", "NNPS") for t in roles):
            return None  # one person's role is singular: "conspirators", "events" are not one
    cleaned = text.strip(" ,;:—–-―”“\"'\xa0")
    return cleaned or None
