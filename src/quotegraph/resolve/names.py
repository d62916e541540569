"""Personal names: split a speaker string into title, given names and surname; compare given names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from quotegraph.resolve.lexicon import NAME_PARTICLES, NAME_SUFFIXES, NICKNAME_GROUPS, TITLE_WORDS

_NICKNAMES: dict[str, str] = {}
for _group in NICKNAME_GROUPS:
    for _name in _group:
        _NICKNAMES.setdefault(_name, _group[0])

_TOKEN = re.compile(r"[^\s,;:()\"“”]+")


@dataclass(frozen=True)
class PersonName:
    """A speaker string taken apart: "US envoy Steve Witkoff" -> ("Steve",), "Witkoff", "US envoy"."""

    full: str
    """The name alone, title removed: "Steve Witkoff"."""
    given: tuple[str, ...]
    surname: str
    title: str | None
    """What came before the name ("US envoy"), a role when the article gave none."""

    @property
    def surname_key(self) -> str:
        return fold(self.surname)

    @property
    def first(self) -> str | None:
        return self.given[0] if self.given else None


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Case, accents and dots aside: "Zelénskyy" and "zelenskyy" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace(".", "").strip()


def _is_title_word(token: str) -> bool:
    return all(part in TITLE_WORDS for part in fold(token).split("-"))


def _is_name_token(token: str) -> bool:
    if fold(token) in NAME_PARTICLES:
        return True
    if not token[:1].isupper():
        return False
    # "US", "UN", "EU" open roles; initials carry a dot ("J.").
    return not (token.isupper() and len(token) <= 3 and not token.endswith("."))


@lru_cache(maxsize=100_000)
def parse_name(raw: str | None) -> PersonName | None:
    """The name at the end of ``raw``, or ``None`` when ``raw`` holds no name ("a spokeswoman")."""
    if not raw:
        return None
    tokens = _TOKEN.findall(raw.strip())
    if tokens and tokens[-1].endswith(("'s", "’s")):
        tokens[-1] = tokens[-1][:-2]
    suffix: list[str] = []
    while len(tokens) > 1 and fold(tokens[-1]) in NAME_SUFFIXES:
        suffix.insert(0, tokens.pop())
    start = len(tokens)
    while start > 0 and _is_name_token(tokens[start - 1]):
        start -= 1
    # Titles open the run of capitalised words ("Prime Minister Keir Starmer"); particles cannot.
    while start < len(tokens) - 1 and (
        _is_title_word(tokens[start]) or fold(tokens[start]) in NAME_PARTICLES
    ):
        start += 1
    name = tokens[start:]
    if not name or not name[-1][:1].isupper() or _is_title_word(name[-1]):
        return None
    end = len(name) - 1
    while end > 0 and fold(name[end - 1]) in NAME_PARTICLES:
        end -= 1
    surname = " ".join(name[end:])
    title = " ".join(tokens[:start]).strip() or None
    full = " ".join(name + suffix)
    return PersonName(full=full, given=tuple(name[:end]), surname=surname, title=title)


def given_key(given: str) -> str:
    """One key for a given name and its nicknames: "Steve" and "Stephen" both give "steven"."""
    g = fold(given)
    return _NICKNAMES.get(g, g)


def given_match(a: str, b: str) -> str | None:
    """How two given names can name one person ("same", "nickname", "short form", "initial"), or None."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return "same"
    if given_key(a) == given_key(b):
        return "nickname"
    if len(fa) == 1 or len(fb) == 1:
        return "initial" if fa[0] == fb[0] else None
    if min(len(fa), len(fb)) >= 3 and (fa.startswith(fb) or fb.startswith(fa)):
        return "short form"
    return None


def role_words(role: str | None) -> frozenset[str]:
    from quotegraph.resolve.lexicon import ROLE_STOPWORDS

    if not role:
        return frozenset()
    return frozenset(w for w in re.findall(r"[\w.]+", fold(role)) if w not in ROLE_STOPWORDS)


def role_fields(role: str | None) -> frozenset[str]:
    """The fields of life (``lexicon.ROLE_FIELDS``) a role's words belong to: "fire chief" gives
    {"emergency"}."""
    from quotegraph.resolve.lexicon import ROLE_FIELDS

    found = role_words(role)
    return frozenset(field for field, words in ROLE_FIELDS.items() if found & set(words))
