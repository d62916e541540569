"""The shapes of the JSON API, as FastAPI documents them in ``/api/openapi.json``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, Field

from quotegraph.model import Scope, without_surrogates
from quotegraph.web.security import DEFAULT_MAX_BODY

VERBATIM = "true for a direct quote (the speaker's own words), false for indirect and mixed ones (paraphrase)"
KIND = "statement (an act of saying or writing), belief, finding, intention, stance or other"
SPEAKER_KIND = "person, organisation, group or unnamed; null when nobody is named"


class QuoteOut(BaseModel):
    id: str
    text: str
    type: str
    verbatim: bool = Field(description=VERBATIM)
    speaker: str | None = Field(description="the speaker as the article named them")
    speaker_id: str | None = Field(description="the resolved speaker, the same across articles")
    speaker_name: str | None = Field(description="the resolved speaker's name")
    role: str | None
    cue: str | None
    addressee: str | None
    target: str | None
    outlet: str | None
    published_at: str | None
    url: str | None
    title: str | None
    article_key: str
    cluster_id: str | None
    start: int
    end: int
    confidence: float
    kind: str = Field(description=KIND)
    speaker_kind: str | None = Field(description=SPEAKER_KIND)
    group_id: str | None = Field(
        description="shared, within the article, by the passages of one quotation split by its attribution"
    )
    wording: str | None = Field(
        default=None,
        description="against the earliest report of the same statement: earliest, same (case, punctuation,"
        " elisions and a part quoted aside), altered (a direct quote with words changed, added or dropped)"
        " or paraphrase; null for a report alone",
    )
    speaker_mention: str | None = Field(
        default=None, description='the words naming the speaker where the cue is ("he", "a spokeswoman")'
    )
    source_id: str | None = Field(default=None, description="the article's own id, as its input gave it")


class CorrectionIn(BaseModel):
    op: Literal["reject", "reassign", "merge", "split"] = Field(
        description="reject: not a quote (hidden, kept); reassign: the quotes go to another speaker;"
        " merge: every quote of speaker_id goes to target_id; split: the quotes of speaker_id listed go"
        " to another speaker"
    )
    why: str = Field(min_length=1, max_length=2000, description="the reason, shown with the correction")
    quotes: list[Annotated[str, Field(max_length=200)]] = Field(
        default=[], max_length=1000, description="quote ids (reject, reassign, split)"
    )
    speaker_id: str | None = Field(default=None, max_length=200, description="the speaker taken from")
    target_id: str | None = Field(default=None, max_length=200, description="an existing speaker to give to")
    target_name: str | None = Field(default=None, max_length=300, description="or a new speaker's name")


class CorrectionOut(BaseModel):
    id: int
    op: str
    why: str
    author: str = Field(description="the name of the token the correction was made with")
    made_at: str = Field(description="UTC")
    quotes: list[str]
    speaker_id: str | None
    target_id: str | None
    target_name: str | None
    summary: str = Field(description="what was done, in words")


class ReportOut(QuoteOut):
    diff: list[tuple[str, str]] = Field(
        description="this wording against the earliest report, word by word:"
        ' ("equal" | "delete" | "insert", words) pieces'
    )


class Paged(BaseModel):
    page: int
    per_page: int
    next_page: int | None = Field(description="the next page's number, or null on the last page")


class QuotePage(Paged):
    total: int | None = Field(
        default=None, description="how many match in all (counted up to 10,001: more means 'over 10,000')"
    )
    items: list[QuoteOut]


class SpeakerOut(BaseModel):
    id: str
    name: str
    n_quotes: int
    n_articles: int
    last_seen: str | None = Field(default=None, description="the newest quote's publication time")


class OutletSpeaker(BaseModel):
    id: str
    name: str
    n: int = Field(description="quotes of this speaker in this outlet")


class OutletOut(BaseModel):
    outlet: str
    n_quotes: int
    n_articles: int
    speakers: list[OutletSpeaker] = Field(description="the most quoted speakers in this outlet")


class OutletPageOut(Paged):
    total: int
    items: list[OutletOut]


class SpeakerPageOut(Paged):
    total: int
    items: list[SpeakerOut]


class AliasOut(BaseModel):
    name: str
    n: int
    reason: str


class RoleOut(BaseModel):
    role: str
    first_seen: str | None
    last_seen: str | None
    n: int


class OutletCount(BaseModel):
    outlet: str
    n: int


class WeekCount(BaseModel):
    week: str = Field(description="the Monday the ISO week starts on")
    n: int


class SpeakerDetail(SpeakerOut):
    first_seen: str | None
    aliases: list[AliasOut]
    roles: list[RoleOut]
    outlets: list[OutletCount]
    weeks: list[WeekCount]
    undated: int
    corrections: list[CorrectionOut] = Field(
        default=[], description="corrections that moved quotes to or from it"
    )


class ArticleOut(BaseModel):
    key: str
    source_id: str
    url: str | None
    outlet: str | None
    published_at: str | None
    title: str | None
    n_quotes: int


class ArticlePageOut(Paged):
    total: int | None = None
    items: list[ArticleOut]


class ArticleDetail(ArticleOut):
    text: str
    quotes: list[QuoteOut]


class QuoteDetail(BaseModel):
    quote: QuoteOut
    hidden: bool = Field(default=False, description="a correction marked it as not a quote")
    corrections: list[CorrectionOut] = Field(default=[], description="the corrections concerning it")
    cluster_id: str
    reports: list[ReportOut] = Field(description="every report of this statement, earliest first")


def _no_surrogates(value: Any) -> Any:
    return without_surrogates(value) if isinstance(value, str) else value


Clean = Annotated[str, BeforeValidator(_no_surrogates)]
"""A string whose lone surrogates (``"\\ud800"`` escapes) became U+FFFD, as in every Article field."""


class ExtractIn(BaseModel):
    text: Clean = Field(
        description=f"the article text (request bodies over {DEFAULT_MAX_BODY} bytes get 413)"
    )
    scope: Scope = Field(
        default="statements", description="statements (the default) or all: every kind of attribution"
    )
    min_confidence: float | None = Field(
        default=None, ge=0.0, le=1.0, strict=True,
        description="leave out quotes below this confidence (default: extraction's, 0.5 for statements)",
    )  # fmt: skip


class ExtractedQuote(BaseModel):
    start: int
    end: int
    text: str
    type: str
    verbatim: bool = Field(description=VERBATIM)
    speaker: str | None
    speaker_span: list[int] | None
    speaker_mention: str | None
    role: str | None
    cue: str | None
    cue_span: list[int] | None
    addressee: str | None
    target: str | None
    confidence: float
    kind: str = Field(description=KIND)
    speaker_kind: str | None = Field(description=SPEAKER_KIND)
    group: str | None = Field(description="shared by the passages of one quotation split by its attribution")


class ExtractOut(BaseModel):
    quotes: list[ExtractedQuote]


class ArticleIn(BaseModel):
    text: Clean = Field(min_length=1)
    title: Clean | None = Field(default=None, max_length=1000)
    url: Clean | None = Field(default=None, max_length=2000)
    outlet: Clean | None = Field(default=None, max_length=200)
    published: Clean | None = Field(default=None, max_length=100, description="ISO 8601 date or datetime")
    id: Clean | None = Field(default=None, max_length=500, description="your id for it (default: its key)")


class ArticleAdded(BaseModel):
    key: str
    n_quotes: int
    created: bool


class Problem(BaseModel):
    detail: Any
    message: str | None = None
