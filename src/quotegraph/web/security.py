"""What keeps the server safe with text from the open web: body limits, strict headers, write tokens."""

from __future__ import annotations

import asyncio
import hmac
import json
from urllib.parse import parse_qs, urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_MAX_BODY = 256 * 1024
"""Bytes; a long news article is 30-60 KB of text. Larger request bodies get 413."""

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; connect-src 'self';"
    " form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
"""No inline script or style, nothing from another origin: the page works offline and, should an
escaping bug ever slip through, an injected script still does not run."""

SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class BodyLimit:
    """Answers 413 to a request whose body is larger than ``max_bytes``, before the app reads it.

    A declared ``Content-Length`` over the limit is refused unread; a chunked body is read up to
    the limit and refused as soon as it goes past it.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None:
            if not declared.isdigit() or int(declared) > self.max_bytes:
                await self._refuse(scope, send)
                return
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(scope, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        await self.app(scope, replaying(b"".join(chunks), receive), send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        detail = f"Request body too large: the limit is {self.max_bytes} bytes."
        await _refuse(scope, send, 413, detail, [(b"connection", b"close"), *SECURITY_HEADERS])


def replaying(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives the already read ``body`` first, then whatever follows it."""
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


class SecurityHeaders:
    """Adds the strict headers above to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


def token_ok(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison; with no token configured, nothing may write."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


EXTRACTION_PATHS = frozenset({"/api/extract", "/try", "/api/articles"})
"""POST routes that run the extractor (seconds of CPU each)."""
DEFAULT_EXTRACTIONS = 2
"""Extraction requests in progress at once (one runs, one waits its turn); more get 503 at once."""
DEFAULT_BUDGET = 30.0
"""Seconds an extraction request may take before it is answered 503."""
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_RETRY = [(b"retry-after", b"5")]


def cross_site(headers: Headers) -> bool:
    """Did a page on another site make the browser send this? Browsers say so in ``Sec-Fetch-Site``
    (every current one), else in ``Origin`` or ``Referer``; a client that sends none of them is no
    browser acting for someone else's page. ``Origin: null`` names no site: the pages' own
    ``Referrer-Policy: no-referrer`` makes a same-origin form send it."""
    fetch_site = headers.get("sec-fetch-site", "").lower()
    if fetch_site:
        return fetch_site in ("cross-site", "same-site")
    origin = headers.get("origin")
    source = origin if origin and origin != "null" else headers.get("referer")
    if source is None:
        return False
    return urlsplit(source).netloc.lower() != headers.get("host", "").lower()


class ExtractionGuard:
    """Keeps the extractor from being turned against the server or its users.

    Any request that may change something (not GET, HEAD or OPTIONS) made from another site's
    page gets 403, so a page a user visits cannot post to this server through the browser. The
    extraction routes (``EXTRACTION_PATHS``) run at most ``limit`` at a time (503 beyond that,
    at once), answer 503 when not done within ``budget`` seconds, and, on a server other machines
    can reach (``public``), need the token (``Authorization: Bearer``, or the form's ``token``
    field on ``/try``).
    """

    def __init__(
        self,
        app: ASGIApp,
        token: str | None,
        public: bool,
        limit: int = DEFAULT_EXTRACTIONS,
        budget: float = DEFAULT_BUDGET,
    ) -> None:
        self.app = app
        self.token = token
        self.public = public
        self.limit = limit
        self.budget = budget
        self.running = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if cross_site(headers):
            await _refuse(scope, send, 403, "Requests from other sites are refused.")
            return
        if scope["path"] not in EXTRACTION_PATHS:
            await self.app(scope, receive, send)
            return
        if self.public:
            receive, given = await self._token(scope, receive, headers)
            if not token_ok(self.token, given):
                await _refuse(scope, send, 401, "This server is reachable from other machines: extraction"
                              " needs the token ('Authorization: Bearer <token>').")  # fmt: skip
                return
        if self.running >= self.limit:
            await _refuse(scope, send, 503, "The extractor is busy; retry shortly.", _RETRY)
            return
        self.running += 1
        try:
            await self._within_budget(scope, receive, send)
        finally:
            self.running -= 1

    async def _within_budget(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = asyncio.Event()

        async def watched(message: Message) -> None:
            started.set()
            await send(message)

        task = asyncio.ensure_future(self.app(scope, receive, watched))
        waiter = asyncio.ensure_future(started.wait())
        await asyncio.wait({task, waiter}, timeout=self.budget, return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
        if started.is_set() or task.done():
            await task
            return
        task.cancel()  # its extraction stops itself at the same budget (Extractor), freeing the model
        await _refuse(scope, send, 503, f"Extraction took longer than {self.budget:g} s.", _RETRY)

    async def _token(self, scope: Scope, receive: Receive, headers: Headers) -> tuple[Receive, str | None]:
        """The token the request carries, and a ``receive`` that gives its body again."""
        given = bearer(headers.get("authorization"))
        if given is not None or scope["path"] != "/try":
            return receive, given
        chunks = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        try:
            fields = parse_qs(body.decode("utf-8", errors="replace"), max_num_fields=20)
        except ValueError:  # too many fields: no token read from it
            fields = {}
        return replaying(body, receive), next(iter(fields.get("token", [])), None)


async def _refuse(
    scope: Scope, send: Send, status: int, detail: str, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    """An answer with ``detail`` (JSON under /api, plain text elsewhere), the app never asked."""
    if scope.get("path", "").startswith("/api"):
        body, kind = json.dumps({"detail": detail}).encode(), b"application/json"
    else:
        body, kind = detail.encode(), b"text/plain; charset=utf-8"
    extra = extra or []
    await send({
        "type": "http.response.start", "status": status,
        "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode()), *extra],
    })  # fmt: skip
    await send({"type": "http.response.body", "body": body})


LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1", "[::1]"]


def is_loopback(host: str) -> bool:
    return host in ("127.0.0.1", "::1", "[::1]", "localhost") or host.startswith("127.")


def loopback_only(hosts: list[str] | None) -> bool:
    """Do these ``Host`` names all point at this machine (a server no other machine reaches)?"""
    return bool(hosts) and all(is_loopback(h) for h in hosts or [])
