"""The query parameters pages and API share, validated once: bad values get a 422 naming the field."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import AfterValidator, BeforeValidator

from quotegraph.model import DEFAULT_MIN_CONFIDENCE, QuoteType
from quotegraph.model import Kind as KindName
from quotegraph.model import Scope as ScopeName
from quotegraph.store.queries import SORTS, SearchFilters, Sort

MAX_PAGE = 1000
KIND_HELP = "statement, belief, finding, intention, stance or other (any kind but statement: scope all)"
MAX_PER_PAGE = 100


def _blank_to_none(value: Any) -> Any:
    """HTML forms send empty fields as ``""``: that means "no filter", not a bad value."""
    if isinstance(value, str):
        value = value.replace("\x00", "").strip()
        return value or None
    return value


def _unit(value: float | None) -> float | None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise ValueError("a confidence is between 0 and 1")
    return value


def clean(value: str | None) -> str | None:
    """A text parameter without NULs or surrounding space; blank means not given."""
    return _blank_to_none(value)


def _day(value: Any) -> Any:
    """``YYYY-MM-DD`` only: pydantic would also read "0" or "1700000000" as a Unix time."""
    value = _blank_to_none(value)
    if isinstance(value, str) and not _ISO_DAY.fullmatch(value):
        raise ValueError("a day is written YYYY-MM-DD")
    return value


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
Day = Annotated[date | None, BeforeValidator(_day)]
TypeParam = Annotated[QuoteType | None, BeforeValidator(_blank_to_none)]
KindParam = Annotated[KindName | None, BeforeValidator(_blank_to_none)]
SortParam = Annotated[
    Sort | None,
    BeforeValidator(_blank_to_none),
    Query(description=f"{', '.join(SORTS)} (default: relevance with words, newest without)"),
]
Format = Annotated[
    Literal["csv", "json"] | None,
    BeforeValidator(_blank_to_none),
    Query(description="csv or json: the whole result (every page) as a download, streamed"),
]
Scope = Annotated[
    ScopeName,
    BeforeValidator(lambda v: _blank_to_none(v) or "statements"),
    Query(description="statements (acts of saying or writing; the default) or all: every attribution"),
]
Confidence = Annotated[
    float | None,
    BeforeValidator(_blank_to_none),
    AfterValidator(_unit),
    Query(
        json_schema_extra={"minimum": 0, "maximum": 1},
        description="leave out quotes whose confidence (0-1) is below this (default"
        f" {DEFAULT_MIN_CONFIDENCE['statements']} for statements, 0 with scope=all; 0 shows every one)"
    ),
]

SpeakerSort = Annotated[
    Literal["quotes", "articles", "last_seen", "name"],
    BeforeValidator(lambda v: _blank_to_none(v) or "quotes"),
    Query(description="quotes (the default), articles, last_seen or name"),
]
ArticleSort = Annotated[
    Literal["newest", "oldest"],
    BeforeValidator(lambda v: _blank_to_none(v) or "newest"),
    Query(description="newest (the default) or oldest first"),
]
PageNo = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number")]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="items per page")]


async def search_filters(
    q: Annotated[str | None, Query(max_length=500, description="words in the quote")] = None,
    speaker: Annotated[str | None, Query(max_length=200, description="speaker name or alias")] = None,
    speaker_id: Annotated[str | None, Query(max_length=100, description="exact speaker id")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="outlet name (any case)")] = None,
    since: Annotated[Day, Query(description="first publication day, YYYY-MM-DD")] = None,
    until: Annotated[Day, Query(description="last publication day, YYYY-MM-DD (inclusive)")] = None,
    target: Annotated[str | None, Query(max_length=200, description="who or what the quote is about")] = None,
    type: Annotated[TypeParam, Query(description="direct, indirect or mixed")] = None,
    kind: Annotated[KindParam, Query(description=KIND_HELP)] = None,
    scope: Scope = "statements",
    min_confidence: Confidence = None,
    sort: SortParam = None,
    altered: Annotated[bool, Query(description="only statements some outlet altered (words changed inside the"
                                   " quotation marks): their earliest report")] = False,
) -> SearchFilters:
    return SearchFilters(
        clean(q) or "", clean(speaker), clean(speaker_id), clean(outlet), since, until, clean(target), type,
        kind, scope, min_confidence, sort, altered,
    )  # fmt: skip


TYPED = ("since", "until", "type", "kind", "sort", "scope", "min_confidence", "format")
"""Query parameters that are no free text: a form may send them blank ("no filter"), an API client
may not (the API's schema allows no blank value for them)."""


async def no_blank_values(request: Request) -> None:
    """422 for an API request that gives a typed parameter as a blank (``until=``)."""
    blank = [n for n in TYPED if n in request.query_params and not request.query_params[n].strip()]
    if blank:
        raise RequestValidationError(
            [{"loc": ("query", n), "msg": "a value is needed, not a blank", "type": "missing"} for n in blank]
        )
