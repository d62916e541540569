"""The web app: server-rendered pages and a JSON API over one corpus store.

Reads run on the event loop: each is a few bounded, indexed queries (a millisecond or so), and
handing them to worker threads costs more than it saves. Extraction and writes, which take
seconds, run in worker threads.

>>> app = create_app("quotegraph.db", token="s3cret")   # then: uvicorn, or TestClient(app)
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Match

from quotegraph.web import api, pages
from quotegraph.web.params import no_blank_values
from quotegraph.web.security import (
    DEFAULT_BUDGET,
    DEFAULT_EXTRACTIONS,
    DEFAULT_MAX_BODY,
    BodyLimit,
    ExtractionGuard,
    SecurityHeaders,
    loopback_only,
)
from quotegraph.web.state import HERE, Web, web

if TYPE_CHECKING:
    from quotegraph.web.settings import ServerSettings

log = logging.getLogger(__name__)


def create_app(
    db_url: str,
    token: str | None = None,
    *,
    max_body: int = DEFAULT_MAX_BODY,
    pool_size: int = 8,
    allowed_hosts: list[str] | None = None,
    token_name: str = "editor",
    public: bool = False,
    max_extractions: int = DEFAULT_EXTRACTIONS,
    extract_budget: float = DEFAULT_BUDGET,
) -> FastAPI:
    """The app over the store at ``db_url``; ``token`` enables writes (none without it), and
    corrections made with it are recorded as made by ``token_name``.

    ``allowed_hosts`` (``Host`` header names) refuses other names with 400: a server on loopback
    answers only to loopback names, so a web page cannot reach it by re-pointing its own domain
    at 127.0.0.1 (DNS rebinding). A ``public`` server (one other machines reach) extracts only
    for clients with the token; extraction runs ``max_extractions`` requests at a time, each
    answered within ``extract_budget`` seconds (``ExtractionGuard``).
    """
    state = Web(db_url, token, pool_size, token_name, extract_budget)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.pool.close()

    app = FastAPI(
        title="quotegraph",
        summary="Who said what, to whom, about whom, from news articles.",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url=None,  # the Swagger and ReDoc pages load scripts from a CDN; /api describes the API instead
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.web = state
    app.add_middleware(
        ExtractionGuard, token=state.token, public=public, limit=max_extractions, budget=extract_budget
    )
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(SecurityHeaders)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router, dependencies=[Depends(no_blank_values)])
    app.include_router(pages.router)
    _handle_errors(app)
    return app


def app_from_env() -> FastAPI:
    """For ``uvicorn --factory``: settings from the environment."""
    from quotegraph.web.settings import ServerSettings

    return app_from_settings(ServerSettings.from_env())


def app_from_settings(settings: ServerSettings) -> FastAPI:
    hosts = list(settings.allowed_hosts) if settings.allowed_hosts is not None else None
    return create_app(
        settings.db, token=settings.token, token_name=settings.token_name, max_body=settings.max_body,
        allowed_hosts=hosts, public=not loopback_only(hosts),
    )


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _problems(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ())]
        out.append({"loc": loc, "msg": err.get("msg", "invalid"), "type": err.get("type", "value_error")})
    return out


def _message(problems: list[dict[str, Any]]) -> str:
    parts = []
    for p in problems:
        where = ".".join(x for x in p["loc"] if x not in ("query", "body", "path")) or "request"
        parts.append(f"{where}: {p['msg']}")
    return "; ".join(parts)


_UNPARSED = "There was an error parsing the body"
"""FastAPI's 400 for a body ``json.loads`` fails on with anything but a decode error."""


def _unprocessable(loc: list[str], message: str, kind: str) -> JSONResponse:
    """A 422 shaped as the schema documents every 422: ``detail`` a list of problems."""
    return JSONResponse(
        {"detail": [{"loc": loc, "msg": message, "type": kind}], "message": message}, status_code=422
    )


def _allowed(request: Request) -> list[str]:
    """Every method some route takes at this path (the router names only the first route's)."""
    methods: set[str] = set()
    for route in _leaves(request.app.router.routes):
        match, _ = route.matches({**request.scope, "method": "GET"})
        if match != Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


def _leaves(routes: list[Any]) -> Iterator[Any]:
    """The routes, with those of included routers in their place."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from _leaves(inner.routes)
        else:
            yield route


def _handle_errors(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = _problems(exc)
        message = _message(problems)
        if _is_api(request):
            return JSONResponse({"detail": problems, "message": message}, status_code=422)
        return web(request).page(
            request, "error.html", 422, title="That request does not make sense",
            message="Some of the values given cannot be used:", problems=[_message([p]) for p in problems],
        )  # fmt: skip

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:
            headers = {**(headers or {}), "Allow": ", ".join(_allowed(request))}
        if _is_api(request):
            if exc.status_code == 400 and exc.detail == _UNPARSED:  # deep nesting, bad bytes: as invalid JSON
                return _unprocessable(["body"], "the body is not JSON that can be read", "json_invalid")
            if exc.status_code == 422 and isinstance(exc.detail, str):
                field, _, why = exc.detail.partition(": ")
                loc = ["body", field] if why and field.isidentifier() else ["body"]
                return _unprocessable(loc, exc.detail, "value_error")
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)
        titles = {404: "Not found", 401: "Token needed", 403: "Writing is switched off", 503: "Busy"}
        return web(request).page(
            request, "error.html", exc.status_code, title=titles.get(exc.status_code, "Cannot do that"),
            message=str(exc.detail), problems=[],
        )  # fmt: skip

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        if _is_api(request):
            return JSONResponse({"detail": "internal error"}, status_code=500)
        return Response("Something went wrong on our side.", status_code=500, media_type="text/plain")
