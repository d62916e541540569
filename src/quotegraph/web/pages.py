"""The HTML pages: home and search, article, speaker, quote, and "try it".

Each page shows statements at confidence 0.5 or more (as ``quotegraph extract`` does) unless its
address says ``scope=all`` (every kind of attribution at any confidence, each labelled with its
kind); a link on the page switches, and links from it keep the choice. Search and article pages
also take ``min_confidence`` (0 shows every quote of the scope).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Annotated, Any
from urllib.parse import parse_qs, quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from quotegraph.model import Article, Quote
from quotegraph.model import Scope as ScopeName
from quotegraph.store import views as data
from quotegraph.store.corrections import OPS, BadCorrection, Correction, for_article, for_quotes, for_speaker
from quotegraph.store.queries import SORTS, QuoteRecord, altered_by
from quotegraph.web.downloads import download
from quotegraph.web.params import (
    ArticleSort,
    Confidence,
    Format,
    PageNo,
    Scope,
    SpeakerSort,
    clean,
    search_filters,
)
from quotegraph.web.render import Mark, anchor, citation, highlight, speaker_counts, weekly_chart, word_diff
from quotegraph.web.security import token_ok
from quotegraph.web.state import web
from quotegraph.web.write import Busy, Unreadable

router = APIRouter(include_in_schema=False)
Id = Annotated[str, Path(max_length=200, pattern=r"^[^\x00]+$")]
PER_PAGE = 20
MAX_PER_CORRECTION = 200
TRY_FIELDS = ("text", "title", "outlet", "url", "published", "token", "save", "scope")


def page_href(request: Request) -> Callable[[int], str]:
    """A function giving this page's URL at another page number, the other parameters kept."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]

    def href(n: int) -> str:
        return f"{request.url.path}?{urlencode([*params, ('page', n)])}"

    return href


def scope_href(request: Request) -> Callable[[str], str]:
    """A function giving this page's URL in another scope, from its first page, the other parameters kept."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in ("page", "scope")]

    def href(scope: str) -> str:
        query = urlencode([*params, *([("scope", scope)] if scope == "all" else [])])
        return f"{request.url.path}?{query}" if query else request.url.path

    return href


def sort_href(request: Request) -> Callable[[str], str]:
    """A function giving this page's URL in another order, from its first page."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in ("page", "sort", "format")]
    return lambda sort: f"{request.url.path}?{urlencode([*params, ('sort', sort)])}"


def format_hrefs(request: Request) -> dict[str, str]:
    """This page's whole result as a download, in each format."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in ("page", "format")]
    return {fmt: f"{request.url.path}?{urlencode([*params, ('format', fmt)])}" for fmt in ("csv", "json")}


SAFE_SEGMENT = re.compile(r"[\w.~-]+", re.ASCII)


def path(*parts: str) -> str:
    """A site path from its segments, each percent-encoded unless it is plainly safe already."""
    return "/" + "/".join(p if SAFE_SEGMENT.fullmatch(p) else quote(p, safe="") for p in parts)


def _mark(r: QuoteRecord, spans: data.Spans | None = None) -> Mark:
    cue, mention = spans or (None, None)
    return Mark(r.start, r.end, r.id, r.speaker_name or r.speaker, r.speaker_id, r.role, r.cue,
                r.addressee, r.target, r.type, r.confidence, r.kind, cue, mention, anchor(r.id))  # fmt: skip


def _marks(quotes: Sequence[Quote]) -> list[Mark]:
    return [Mark(q.start, q.end, None, q.speaker, None, q.role, q.cue, q.addressee, q.target, q.type,
                 q.confidence, q.kind, q.cue_span, q.speaker_span, f"q-{i}")
            for i, q in enumerate(quotes)]  # fmt: skip


@router.get("/")
async def home(request: Request, scope: Scope = "statements") -> Response:
    state = web(request)
    with state.pool.store() as store:
        speakers = data.top_speakers(store, per_page=12, scope=scope)
        latest = data.latest_quotes(store, per_page=10, scope=scope)
        outlets = state.outlets(store)
    return state.page(request, "home.html", filters=data.SearchFilters(scope=scope), speakers=speakers.items,
                      latest=latest.items, outlets=outlets, path=path, scope=scope,
                      scope_href=scope_href(request))  # fmt: skip


@router.get("/search")
async def search(
    request: Request,
    filters: Annotated[data.SearchFilters, Depends(search_filters)],
    page: PageNo = 1,
    format: Format = None,
) -> Response:
    state = web(request)
    if format:
        return download(state.pool, filters, format, "quotes")
    with state.pool.store() as store:
        found = data.search(store, filters, page, PER_PAGE)
        outlets = state.outlets(store)
        clusters = [r.cluster_id for r in found.items if r.cluster_id]
        changed = altered_by(store, clusters) if filters.altered else {}
    return state.page(request, "search.html", filters=filters, found=found, outlets=outlets,
                      altered_by=changed, href=page_href(request), path=path, scope=filters.scope,
                      scope_href=scope_href(request), sort_href=sort_href(request), sorts=SORTS,
                      words=filters.q, formats=format_hrefs(request))  # fmt: skip


@router.get("/speakers")
async def speakers_index(
    request: Request,
    name: Annotated[str | None, Query(max_length=200)] = None,
    sort: SpeakerSort = "quotes",
    page: PageNo = 1,
    scope: Scope = "statements",
) -> Response:
    state = web(request)
    with state.pool.store() as store:
        found = data.top_speakers(store, page, PER_PAGE, clean(name) or "", scope, sort)
    return state.page(request, "speakers.html", found=found, wanted=clean(name) or "", sort=sort,
                      href=page_href(request), sort_href=sort_href(request), path=path, scope=scope,
                      scope_href=scope_href(request))  # fmt: skip


@router.get("/outlets")
async def outlets_index(request: Request, page: PageNo = 1, scope: Scope = "statements") -> Response:
    state = web(request)
    with state.pool.store() as store:
        found = data.outlet_index(store, page, PER_PAGE, scope)
    return state.page(request, "outlets.html", found=found, href=page_href(request), path=path, scope=scope,
                      scope_href=scope_href(request))  # fmt: skip


@router.get("/articles")
async def articles_index(
    request: Request,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    sort: ArticleSort = "newest",
    page: PageNo = 1,
    scope: Scope = "statements",
) -> Response:
    state = web(request)
    with state.pool.store() as store:
        found = data.articles(store, page, PER_PAGE, clean(outlet), scope, sort == "oldest")
    return state.page(request, "articles.html", found=found, outlet=clean(outlet) or "", sort=sort,
                      href=page_href(request), sort_href=sort_href(request), path=path, scope=scope,
                      scope_href=scope_href(request))  # fmt: skip


@router.get("/articles/{key}")
async def article(
    request: Request, key: Id, scope: Scope = "statements", min_confidence: Confidence = None
) -> Response:
    state = web(request)
    with state.pool.store() as store:
        found = data.article(store, key, scope, min_confidence)
        spans, corrected = data.article_spans(store, key) if found else ({}, False)
        fixes = for_article(store, key) if corrected else []
    if found is None:
        raise HTTPException(404, "There is no article with that key in this corpus.")
    art, quotes = found
    marks = [_mark(r, spans.get(r.id)) for r in quotes]
    return state.page(request, "article.html", article=art, segments=highlight(art.text, marks),
                      speakers=speaker_counts(marks), n_quotes=len(quotes), path=path, link=True, scope=scope,
                      scope_href=scope_href(request), corrections=fixes)  # fmt: skip


@router.get("/speakers/{speaker_id}")
async def speaker(
    request: Request, speaker_id: Id, page: PageNo = 1, scope: Scope = "statements", format: Format = None
) -> Response:
    state = web(request)
    if format:
        with state.pool.store() as store:
            if data.speaker_total(store, speaker_id, scope) is None:
                raise HTTPException(404, "There is no speaker with that id in this corpus.")
        return download(state.pool, data.SearchFilters(speaker_id=speaker_id, scope=scope), format, "quotes")
    with state.pool.store() as store:
        found = data.speaker(store, speaker_id, scope)
        if found is None:
            raise HTTPException(404, "There is no speaker with that id in this corpus.")
        quotes = data.speaker_quotes(store, speaker_id, found.speaker.n_quotes, page, PER_PAGE, scope)
        fixes = for_speaker(store, speaker_id)
    chart = weekly_chart(found.days, [(r.role, r.first_seen, r.last_seen) for r in found.roles])
    return state.page(request, "speaker.html", profile=found, quotes=quotes, chart=chart,
                      href=page_href(request), path=path, scope=scope, formats=format_hrefs(request),
                      scope_href=scope_href(request), corrections=fixes)  # fmt: skip


@router.get("/quotes/{quote_id}")
async def quote_page(request: Request, quote_id: Id, scope: Scope = "statements") -> Response:
    state = web(request)
    with state.pool.store() as store:
        cluster = data.quote(store, quote_id, scope)
        fixes = for_quotes(store, [quote_id]) if cluster else []
    if cluster is None:
        raise HTTPException(404, "There is no quote with that id in this corpus.")
    this = next(r for r in cluster.quotes if r.id == quote_id)
    first = cluster.earliest.text
    reports = [(r, word_diff(first, r.text)) for r in cluster.quotes]
    permalink = str(request.url_for("quote_page", quote_id=quote_id))
    cite = citation(this.text, this.verbatim, this.speaker_name or this.speaker, this.role, this.outlet,
                    this.published_at, this.title, permalink)  # fmt: skip
    return state.page(request, "quote.html", quote=this, reports=reports, n_outlets=cluster.n_outlets,
                      n_articles=cluster.n_articles,
                      path=path, scope=scope, scope_href=scope_href(request), cite=cite,
                      permalink=permalink, corrections=fixes,
                      hidden=any(c.op == "reject" for c in fixes))  # fmt: skip


@router.get("/try")
async def try_form(request: Request) -> Response:
    return web(request).page(request, "try.html", form={}, segments=None, speakers=[], error=None,
                             n_quotes=0, link=False, path=path, scope="statements")  # fmt: skip


async def _form(request: Request) -> dict[str, str]:
    """The URL-encoded form fields (the only kind the page sends); the body limit has applied already."""
    raw = (await request.body()).decode("utf-8", errors="replace")
    try:
        parsed = parse_qs(raw, keep_blank_values=True, max_num_fields=len(TRY_FIELDS) + 4)
    except ValueError as exc:
        raise HTTPException(422, "That form has too many fields.") from exc
    return {k: v[0].replace("\x00", "") for k, v in parsed.items() if k in TRY_FIELDS}


@router.post("/try")
async def try_submit(request: Request) -> Response:
    state = web(request)
    form = await _form(request)
    text = form.get("text", "")
    scope: ScopeName = "all" if form.get("scope") == "all" else "statements"
    context: dict[str, Any] = {"form": form, "segments": None, "speakers": [], "error": None, "n_quotes": 0,
                               "link": False, "path": path, "scope": scope}  # fmt: skip
    if not text.strip():
        context["error"] = "Paste the text of an article first."
        return state.page(request, "try.html", 422, **context)
    if form.get("save"):
        if state.token is None:
            raise HTTPException(403, "This server was started without a token, so nothing can be saved.")
        if not token_ok(state.token, form.get("token")):
            context["error"] = "That token is not right, so the article was not saved."
            return state.page(request, "try.html", 401, **context)
        article = Article(
            id=form.get("title") or "web", text=text, url=form.get("url") or None,
            outlet=form.get("outlet") or None, published=form.get("published") or None,
            title=form.get("title") or None,
        )  # fmt: skip

        def add() -> str:
            return state.extractor.add(state.pool, article).key

        try:
            key = await run_in_threadpool(add)
        except Unreadable as exc:
            context["error"] = f"This text cannot be read as an English article: {exc}."
            return state.page(request, "try.html", 422, **context)
        except Busy as exc:
            raise HTTPException(503, "The extractor is busy; try again in a moment.") from exc
        return RedirectResponse(path("articles", key), status_code=303)
    try:
        quotes = await run_in_threadpool(state.extractor.quotes, text, scope)
    except Unreadable as exc:
        context["error"] = f"This text cannot be read as an English article: {exc}."
        return state.page(request, "try.html", 422, **context)
    except Busy as exc:
        raise HTTPException(503, "The extractor is busy; try again in a moment.") from exc
    marks = _marks(quotes)
    context.update(segments=highlight(text, marks), speakers=speaker_counts(marks), n_quotes=len(quotes))
    return state.page(request, "try.html", **context)


CORRECTION_FIELDS = ("op", "why", "speaker_id", "target_id", "target_name", "token", "back")


@router.post("/corrections")
async def correct(request: Request) -> Response:
    """The correction forms of the quote and speaker pages: kept, then back to the page."""
    state = web(request)
    raw = (await request.body()).decode("utf-8", errors="replace")
    try:
        parsed = parse_qs(raw, keep_blank_values=True, max_num_fields=MAX_PER_CORRECTION + 10)
    except ValueError as exc:
        raise HTTPException(422, "That form has too many fields.") from exc
    form = {k: v[0].replace("\x00", "").strip() for k, v in parsed.items() if k in CORRECTION_FIELDS}
    back = form.get("back", "")
    if not back.startswith("/") or back.startswith("//"):
        back = "/"
    if state.token is None:
        raise HTTPException(403, "This server was started without a token, so nothing can be corrected.")
    if not token_ok(state.token, form.get("token")):
        raise HTTPException(401, "That token is not right, so nothing was corrected.")
    if form.get("op") not in OPS:
        raise HTTPException(422, "Choose what to correct.")
    quote_ids = tuple(q.strip() for q in parsed.get("quote", []) if q.strip())
    wanted = Correction(
        form["op"], form.get("why", ""), state.token_name, quote_ids, form.get("speaker_id") or None,  # type: ignore[arg-type]
        form.get("target_id") or None, form.get("target_name") or None,
    )  # fmt: skip
    try:
        await run_in_threadpool(state.extractor.correct, state.pool, wanted)
    except BadCorrection as exc:
        raise HTTPException(422, f"That correction cannot be made: {exc}.") from exc
    except Busy as exc:
        raise HTTPException(503, "The store is busy; try again in a moment.") from exc
    if form["op"] == "merge" and wanted.target_id:
        back = path("speakers", wanted.target_id)  # the merged-away speaker is gone
    return RedirectResponse(back, status_code=303)


@router.get("/api")
async def api_page(request: Request) -> Response:
    """A plain list of the API's endpoints (the interactive docs would load scripts from a CDN)."""
    schema = request.app.openapi()
    endpoints = []
    for route, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [p["name"] for p in op.get("parameters", []) if p.get("in") == "query"]
            text = op.get("description", "")
            endpoints.append((method.upper(), route, op.get("summary", ""), text, params))
    return web(request).page(request, "api.html", endpoints=endpoints, path=path)
