"""The plain data model every stage shares: articles in, quotes out, speakers across articles.

Offsets are Python ``str`` offsets (code points) into the article text, ``start`` inclusive and
``end`` exclusive, always ints.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

QuoteType = Literal["direct", "indirect", "mixed"]
Kind = Literal["statement", "belief", "finding", "intention", "stance", "other"]
"""What an attribution reports (data/kinds.tsv): ``statement`` is an act of saying or writing, what
quotegraph shows by default; the rest are PolNeAR's wider scope (``scope="all"``)."""
KINDS: tuple[Kind, ...] = get_args(Kind)
SpeakerKind = Literal["person", "organisation", "group", "unnamed"]
"""A named person; a named organisation ("the Port Authority"); people the article names as a group
("officials", "housing advocates"); one source it does not name ("a spokeswoman for X")."""
Scope = Literal["statements", "all"]
SCOPES: tuple[Scope, ...] = get_args(Scope)
Span = tuple[int, int]

DEFAULT_MIN_CONFIDENCE: dict[str, float] = {"statements": 0.5, "all": 0.0}
"""What is shown unless asked otherwise, by extraction and by every view of the corpus alike:
statements more likely right than wrong (a wrong attribution gets published, a missed one does
not); with ``scope="all"``, PolNeAR's research scope, every attribution found."""


def check_scope(scope: str) -> Scope:
    """``scope`` if it is one, else a ``ValueError`` that says which are."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be 'statements' or 'all', not {scope!r}")
    return scope  # type: ignore[return-value]


def floor(scope: str, min_confidence: float | None = None) -> float:
    """The confidence a quote of ``scope`` needs to be shown: ``min_confidence`` when given (0 shows
    every one), else the scope's default (``DEFAULT_MIN_CONFIDENCE``)."""
    default = DEFAULT_MIN_CONFIDENCE[check_scope(scope)]
    return default if min_confidence is None else float(min_confidence)


@dataclass(frozen=True)
class Quote:
    """One quotation in one article: what was said, by whom, to whom, about whom."""

    start: int
    end: int
    text: str
    type: QuoteType
    speaker: str | None = None
    """The speaker's fullest name in the article; never a pronoun, ``None`` when nobody is named."""
    speaker_span: Span | None = None
    """The mention the cue attaches to ("he", "Witkoff", "a spokeswoman")."""
    speaker_mention: str | None = None
    role: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    addressee: str | None = None
    target: str | None = None
    confidence: float = 0.0
    """The calibrated probability that the quote is real and its speaker right (extract/confidence.py)."""
    kind: Kind = "statement"
    speaker_kind: SpeakerKind | None = None
    """``None`` exactly when ``speaker`` is."""
    group: str | None = None
    """Shared by the passages of one statement its attribution splits ('"A," she said. "B."')."""

    @property
    def verbatim(self) -> bool:
        """Only a direct quote gives the speaker's own words; the rest are paraphrase."""
        return self.type == "direct"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("speaker_span", "cue_span"):
            if d[key] is not None:
                d[key] = list(d[key])
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        known = {f for f in cls.__dataclass_fields__}
        kw = {k: v for k, v in d.items() if k in known}
        for key in ("speaker_span", "cue_span"):
            if kw.get(key) is not None:
                kw[key] = tuple(kw[key])
        return cls(**kw)


QUOTE_FIELDS: tuple[str, ...] = tuple(Quote.__dataclass_fields__)
"""A quote's fields, defined once (``Quote``): the store's columns, ``store.queries.QuoteRecord``,
the web API's schemas and the Spark tables follow them, and tests/test_quote_fields.py checks each."""
COLUMN_NAMES = {"start": "start_pos", "end": "end_pos", "group": "group_id"}
"""Fields kept under another column name in the store (SQL reserves these words or they clash)."""


def quote_columns() -> dict[str, str]:
    """The store column of each ``Quote`` field, column -> field: a span (``speaker_span``) is two
    int columns (``speaker_start``, ``speaker_end``)."""
    out: dict[str, str] = {}
    for name in QUOTE_FIELDS:
        if name.endswith("_span"):
            stem = name.removesuffix("_span")
            out[f"{stem}_start"] = out[f"{stem}_end"] = name
        else:
            out[COLUMN_NAMES.get(name, name)] = name
    return out


def kind_in_scope(kind: str, scope: Scope) -> bool:
    """Whether an attribution of this kind belongs in output of the given scope: statements only,
    or every kind (its confidence aside: see ``floor``)."""
    return check_scope(scope) == "all" or kind == "statement"


def in_scope(quote: Quote, scope: Scope) -> bool:
    return kind_in_scope(quote.kind, scope)


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(value: str) -> str:
    """``value`` with each lone surrogate (a JSON escape such as ``"\\udc80"`` that pairs with
    nothing) replaced by U+FFFD: no UTF-8 encoder, tokenizer or database takes one, and replacing
    keeps every character offset where it was."""
    return _SURROGATE.sub("\ufffd", value)


@dataclass(frozen=True)
class Article:
    """One article as read from a file, a JSONL line, an HTML page or a WARC record."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    """ISO 8601 date or datetime, as the source gave it."""
    title: str | None = None

    def __post_init__(self) -> None:
        # Every field as UTF-8 and every database can keep it. A NUL leaves the metadata (PostgreSQL
        # refuses it); in the text it stays, for the input check to refuse the article with its reason.
        for name in ("id", "text", "url", "outlet", "published", "title"):
            value = getattr(self, name)
            if isinstance(value, str) and _SURROGATE.search(value):
                object.__setattr__(self, name, value := without_surrogates(value))
            if name != "text" and isinstance(value, str) and "\x00" in value:
                object.__setattr__(self, name, value.replace("\x00", ""))


@dataclass
class ArticleResult:
    """What extraction made of one article: its quotes, or the reason it was skipped."""

    id: str
    quotes: list[Quote] = field(default_factory=list)
    error: str | None = None

    def __post_init__(self) -> None:
        self.id = without_surrogates(self.id)
        self.error = None if self.error is None else without_surrogates(self.error)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "quotes": [q.to_dict() for q in self.quotes]}
        if self.error is not None:
            d["error"] = self.error
        return d


@dataclass
class Speaker:
    """One person across the whole corpus: the name they go by, the names and roles articles gave them."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[tuple[str, str | None]] = field(default_factory=list)
    """(role, date first given) pairs, in date order."""
