"""The JSON API under ``/api``: search, speakers, quotes, articles, extraction, and the one write.

Every read takes ``scope``: statements (the default) or ``all`` (every kind of attribution the
store keeps), each at the scope's default confidence floor (0.5 for statements, as extraction shows
them; none for ``all``); lists, counts and clusters follow it. Search and articles also take
``min_confidence`` (0 shows every quote of the scope).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from quotegraph.model import Article
from quotegraph.store import views as data
from quotegraph.store.corrections import BadCorrection, Correction, corrections, for_quotes, for_speaker
from quotegraph.store.queries import QuoteRecord
from quotegraph.web import schemas
from quotegraph.web.downloads import download
from quotegraph.web.params import (
    ArticleSort,
    Confidence,
    Format,
    PageNo,
    PerPage,
    Scope,
    SpeakerSort,
    clean,
    search_filters,
)
from quotegraph.web.render import per_week, word_diff
from quotegraph.web.security import bearer, token_ok
from quotegraph.web.state import web
from quotegraph.web.write import Busy, Unreadable

router = APIRouter(prefix="/api", tags=["api"])
Id = Annotated[str, Path(max_length=200, pattern=r"^[^\x00]+$")]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": schemas.Problem, "description": "no such item"}}


def _quote(r: QuoteRecord) -> schemas.QuoteOut:
    return schemas.QuoteOut(**r.to_dict())


def _without_text(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if k != "text"}


def _next(page: data.Page[Any]) -> int | None:
    return page.page + 1 if page.has_more else None


QUOTES_OR_DOWNLOAD = schemas.QuotePage | list[schemas.QuoteOut]
"""One page of quotes, or with ``format=json`` every quote as one array (``downloads``)."""
CSV_DOWNLOAD: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "One page of quotes; with format=csv or format=json every quote, as CSV (the "
        "columns of QuoteOut, a header first) or as a JSON array of QuoteOut.",
        "content": {"text/csv": {"schema": {"type": "string"}}},
    }
}


@router.get("/search", response_model=QUOTES_OR_DOWNLOAD, responses=CSV_DOWNLOAD, summary="Search quotes")
async def search(
    request: Request,
    filters: Annotated[data.SearchFilters, Depends(search_filters)],
    page: PageNo = 1,
    per_page: PerPage = 20,
    format: Format = None,
) -> Any:
    """Full-text search over quotes (best match first), or the newest quotes when ``q`` is empty;
    statements unless ``scope=all``, and none below ``min_confidence`` (default 0.5 for statements).
    ``sort`` orders by date or confidence instead; ``total`` counts every match (up to 10,001);
    ``format=csv|json`` downloads every match, not one page."""
    if format:
        return download(web(request).pool, filters, format, "quotes")
    with web(request).pool.store() as store:
        found = data.search(store, filters, page, per_page)
    return schemas.QuotePage(page=page, per_page=per_page, next_page=_next(found), total=found.total,
                             items=[_quote(r) for r in found.items])  # fmt: skip


@router.get("/speakers", response_model=schemas.SpeakerPageOut, summary="List speakers")
async def speakers(
    request: Request,
    name: Annotated[str | None, Query(max_length=200, description="part of the name")] = None,
    page: PageNo = 1,
    per_page: PerPage = 20,
    scope: Scope = "statements",
    sort: SpeakerSort = "quotes",
) -> schemas.SpeakerPageOut:
    """Speakers with quotes of the scope, most quoted first (or by ``sort``); ``name`` keeps those
    whose name contains it."""
    with web(request).pool.store() as store:
        found = data.top_speakers(store, page, per_page, clean(name) or "", scope, sort)
    return schemas.SpeakerPageOut(
        page=page, per_page=per_page, next_page=_next(found), total=found.total or 0,
        items=[schemas.SpeakerOut(**s.__dict__) for s in found.items],
    )  # fmt: skip


@router.get("/speakers/{speaker_id}", response_model=schemas.SpeakerDetail, responses=NOT_FOUND)
async def speaker(request: Request, speaker_id: Id, scope: Scope = "statements") -> schemas.SpeakerDetail:
    """A speaker's names, roles over time, and outlets and quotes per week of the scope."""
    with web(request).pool.store() as store:
        found = data.speaker(store, speaker_id, scope)
        fixes = for_speaker(store, speaker_id)
    if found is None:
        raise HTTPException(404, f"no speaker {speaker_id!r}")
    return schemas.SpeakerDetail(
        **{**found.speaker.__dict__, "first_seen": found.first_seen, "last_seen": found.last_seen},
        aliases=[schemas.AliasOut(**a.__dict__) for a in found.aliases],
        roles=[schemas.RoleOut(**r.__dict__) for r in found.roles],
        outlets=[schemas.OutletCount(outlet=o, n=n) for o, n in found.outlets],
        weeks=[schemas.WeekCount(week=w.isoformat(), n=n) for w, n in per_week(found.days)],
        undated=found.undated, corrections=[correction_out(c) for c in fixes],
    )  # fmt: skip


@router.get(
    "/speakers/{speaker_id}/quotes",
    response_model=QUOTES_OR_DOWNLOAD,
    responses={**NOT_FOUND, **CSV_DOWNLOAD},
)
async def speaker_quotes(
    request: Request,
    speaker_id: Id,
    page: PageNo = 1,
    per_page: PerPage = 20,
    scope: Scope = "statements",
    format: Format = None,
) -> Any:
    """A speaker's quotes of the scope, newest first; ``format=csv|json`` downloads all of them."""
    with web(request).pool.store() as store:
        total = data.speaker_total(store, speaker_id, scope)
        if total is None:
            raise HTTPException(404, f"no speaker {speaker_id!r}")
        if not format:
            found = data.speaker_quotes(store, speaker_id, total, page, per_page, scope)
    if format:
        return download(
            web(request).pool, data.SearchFilters(speaker_id=speaker_id, scope=scope), format, "quotes"
        )
    return schemas.QuotePage(page=page, per_page=per_page, next_page=_next(found), total=total,
                             items=[_quote(r) for r in found.items])  # fmt: skip


@router.get("/quotes", response_model=schemas.QuotePage, summary="Latest quotes")
async def quotes(
    request: Request, page: PageNo = 1, per_page: PerPage = 20, scope: Scope = "statements"
) -> schemas.QuotePage:
    """Every quote of the scope, newest first."""
    with web(request).pool.store() as store:
        found = data.latest_quotes(store, page, per_page, scope)
    return schemas.QuotePage(page=page, per_page=per_page, next_page=_next(found),
                             items=[_quote(r) for r in found.items])  # fmt: skip


@router.get("/quotes/{quote_id}", response_model=schemas.QuoteDetail, responses=NOT_FOUND)
async def quote(request: Request, quote_id: Id, scope: Scope = "statements") -> schemas.QuoteDetail:
    """A quote and every outlet's report of the same statement (of the scope), earliest first, with
    wording differences."""
    with web(request).pool.store() as store:
        cluster = data.quote(store, quote_id, scope)
        fixes = for_quotes(store, [quote_id]) if cluster is not None else []
    if cluster is None:
        raise HTTPException(404, f"no quote {quote_id!r}")
    this = next(r for r in cluster.quotes if r.id == quote_id)
    first = cluster.earliest.text
    return schemas.QuoteDetail(
        quote=_quote(this), cluster_id=cluster.id, hidden=any(c.op == "reject" for c in fixes),
        corrections=[correction_out(c) for c in fixes],
        reports=[schemas.ReportOut(**r.to_dict(), diff=word_diff(first, r.text)) for r in cluster.quotes],
    )  # fmt: skip


@router.get("/outlets", response_model=schemas.OutletPageOut, summary="List outlets")
async def outlets(
    request: Request, page: PageNo = 1, per_page: PerPage = 20, scope: Scope = "statements"
) -> schemas.OutletPageOut:
    """Outlets, most quoted first, with their quotes and articles of the scope and most quoted speakers."""
    with web(request).pool.store() as store:
        found = data.outlet_index(store, page, per_page, scope)
    return schemas.OutletPageOut(
        page=page, per_page=per_page, next_page=_next(found), total=found.total or 0,
        items=[schemas.OutletOut(
            outlet=o.outlet, n_quotes=o.n_quotes, n_articles=o.n_articles,
            speakers=[schemas.OutletSpeaker(id=i, name=n, n=c) for i, n, c in o.speakers],
        ) for o in found.items],
    )  # fmt: skip


@router.get("/articles", response_model=schemas.ArticlePageOut, summary="List articles")
async def articles(
    request: Request,
    outlet: Annotated[str | None, Query(max_length=200, description="outlet (any case)")] = None,
    page: PageNo = 1,
    per_page: PerPage = 20,
    scope: Scope = "statements",
    sort: ArticleSort = "newest",
) -> schemas.ArticlePageOut:
    """Articles, newest (or oldest) first, without their text; ``n_quotes`` counts the quotes of the scope."""
    with web(request).pool.store() as store:
        found = data.articles(store, page, per_page, clean(outlet), scope, sort == "oldest")
    return schemas.ArticlePageOut(
        page=page, per_page=per_page, next_page=_next(found), total=found.total,
        items=[schemas.ArticleOut(**_without_text(a.__dict__)) for a in found.items],
    )  # fmt: skip


@router.get("/articles/{key}", response_model=schemas.ArticleDetail, responses=NOT_FOUND)
async def article(
    request: Request, key: Id, scope: Scope = "statements", min_confidence: Confidence = None
) -> schemas.ArticleDetail:
    """An article's whole text and its quotes of the scope at or above ``min_confidence`` (default 0.5
    for statements) in text order (offsets are code points into ``text``)."""
    with web(request).pool.store() as store:
        found = data.article(store, key, scope, min_confidence)
    if found is None:
        raise HTTPException(404, f"no article {key!r}")
    art, qs = found
    return schemas.ArticleDetail(**art.__dict__, quotes=[_quote(r) for r in qs])


WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": schemas.Problem, "description": "missing or wrong token"},
    403: {"model": schemas.Problem, "description": "the server was started without a token: no writes"},
    413: {"model": schemas.Problem, "description": "request body too large"},
    503: {"model": schemas.Problem, "description": "extraction busy; retry later"},
}


@router.post(
    "/extract",
    response_model=schemas.ExtractOut,
    responses={k: v for k, v in WRITE_ERRORS.items() if k in (413, 503)},
)
async def extract(request: Request, body: schemas.ExtractIn) -> schemas.ExtractOut:
    """The quotes of a text, with speakers, cues, addressees and targets: statements unless
    ``scope`` is ``all``, at or above ``min_confidence`` (by default extraction's own). Nothing is stored."""
    try:
        extractor = web(request).extractor
        found = await run_in_threadpool(extractor.quotes, body.text, body.scope, body.min_confidence)
    except Unreadable as exc:
        raise HTTPException(422, f"text: {exc}") from exc
    except Busy as exc:  # or TooLong, which says how long it may take
        detail = str(exc) or "extraction is busy; retry shortly"
        raise HTTPException(503, detail, headers={"Retry-After": "5"}) from exc
    return schemas.ExtractOut(
        quotes=[schemas.ExtractedQuote(**q.to_dict(), verbatim=q.verbatim) for q in found]
    )


async def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    expected = web(request).token
    if expected is None:
        raise HTTPException(403, "this server was started without a token, so nothing can be written")
    if not token_ok(expected, bearer(authorization)):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is needed to write",
                            headers={"WWW-Authenticate": "Bearer"})  # fmt: skip


@router.post(
    "/articles", status_code=201, response_model=schemas.ArticleAdded, responses=WRITE_ERRORS,
    dependencies=[Depends(require_token)],
)  # fmt: skip
async def add_article(request: Request, body: schemas.ArticleIn) -> schemas.ArticleAdded:
    """Extract an article's quotes and keep it in the corpus (needs the server's token)."""
    state = web(request)
    fields = {k: v.replace("\x00", "") for k, v in body.model_dump().items() if isinstance(v, str)}
    article = Article(  # PostgreSQL text cannot hold NUL characters, and no article needs them
        id=fields.get("id") or "web", text=fields["text"], url=fields.get("url"), outlet=fields.get("outlet"),
        published=fields.get("published"), title=fields.get("title"),
    )  # fmt: skip

    def add() -> schemas.ArticleAdded:
        added = state.extractor.add(state.pool, article)
        return schemas.ArticleAdded(**added.__dict__)

    try:
        return await run_in_threadpool(add)
    except Unreadable as exc:
        raise HTTPException(422, f"text: {exc}") from exc
    except Busy as exc:  # or TooLong, which says how long it may take
        detail = str(exc) or "extraction is busy; retry shortly"
        raise HTTPException(503, detail, headers={"Retry-After": "5"}) from exc


def correction_out(c: Correction) -> schemas.CorrectionOut:
    return schemas.CorrectionOut(**{**c.to_dict(), "id": c.id or 0}, summary=c.describe())


@router.get("/corrections", response_model=list[schemas.CorrectionOut], summary="List corrections")
async def list_corrections(request: Request) -> list[schemas.CorrectionOut]:
    """Every correction made by hand, oldest first: what, why, when, and with which token."""
    with web(request).pool.store() as store:
        return [correction_out(c) for c in corrections(store)]


@router.post(
    "/corrections", status_code=201, response_model=schemas.CorrectionOut,
    responses={k: v for k, v in WRITE_ERRORS.items() if k != 413} | {422: {"model": schemas.Problem}},
    dependencies=[Depends(require_token)], summary="Correct the record",
)  # fmt: skip
async def correct(request: Request, body: schemas.CorrectionIn) -> schemas.CorrectionOut:
    """Mark quotes as not quotes, give them to another speaker, merge two speakers or split quotes
    off one (needs the server's token). Kept as an audit row, replayed by every resolve."""
    state = web(request)
    fields = body.model_dump()
    wanted = Correction(
        fields["op"], fields["why"], state.token_name, tuple(fields["quotes"]), clean(fields["speaker_id"]),
        clean(fields["target_id"]), clean(fields["target_name"]),
    )  # fmt: skip
    try:
        kept = await run_in_threadpool(state.extractor.correct, state.pool, wanted)
    except BadCorrection as exc:
        raise HTTPException(422, str(exc)) from exc
    except Busy as exc:
        raise HTTPException(503, "the store is busy; retry shortly", headers={"Retry-After": "5"}) from exc
    return correction_out(kept)
