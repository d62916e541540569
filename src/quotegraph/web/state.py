"""What every route needs, kept on ``app.state.web``: the store pool, the write token, the
extractor, the templates. Routes (``api``, ``pages``) reach it through ``web(request)``; ``app``
builds it, so neither imports the other."""

from __future__ import annotations

import threading
import time
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.responses import Response

from quotegraph.model import DEFAULT_MIN_CONFIDENCE
from quotegraph.store import Store
from quotegraph.store import views as data
from quotegraph.web.render import anchor, matched, safe_url
from quotegraph.web.stores import StorePool
from quotegraph.web.write import Extractor

OUTLETS_TTL = 60.0
HERE = Path(str(resources.files("quotegraph.web")))


class Web:
    """What every route needs, kept on ``app.state.web``."""

    def __init__(
        self,
        db_url: str,
        token: str | None,
        pool_size: int,
        token_name: str = "editor",
        extract_budget: float | None = None,
    ) -> None:
        self.pool = StorePool(db_url, size=pool_size)
        self.token = token or None
        self.token_name = token_name
        """Who corrections made with the token are recorded as."""
        self.extractor = Extractor(extract_budget)
        """Runs one extraction at a time, each stopped past ``extract_budget`` seconds."""
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,  # every template, whatever its name: all text here comes from the open web
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=jinja2.StrictUndefined,
        )
        env.filters["safe_url"] = safe_url
        env.filters["day"] = lambda s: (s or "")[:10]
        env.filters["scoped"] = scoped
        env.filters["hits"] = hits
        env.filters["anchor"] = anchor
        env.globals["can_write"] = self.token is not None
        env.globals["default_floor"] = DEFAULT_MIN_CONFIDENCE["statements"]
        self.templates = Jinja2Templates(env=env)
        self._outlets: tuple[float, Markup] = (-OUTLETS_TTL - 1, Markup(""))
        self._outlets_lock = threading.Lock()

    def outlets(self, store: Store) -> Markup:
        """The search form's outlet suggestions (``<option>`` elements, escaped), read at most once a
        minute: listing them reads every quote's outlet, and they change only when articles come in."""
        now = time.monotonic()
        with self._outlets_lock:
            if now - self._outlets[0] > OUTLETS_TTL:
                names = data.outlets(store, limit=100)
                options = Markup("").join(Markup('<option value="{}">').format(o) for o in names)
                self._outlets = (now, options)
            return self._outlets[1]

    def page(self, request: Request, name: str, status: int = 200, **context: Any) -> Response:
        return self.templates.TemplateResponse(request, name, context, status_code=status)


def scoped(url: str, scope: str) -> str:
    """A link to ``url`` that keeps the page's scope: ``scope=all`` carried along, statements the default."""
    return f"{url}{'&' if '?' in url else '?'}scope=all" if scope == "all" else url


def hits(text: str, query: str) -> Markup:
    """``text`` escaped, with the words a search for ``query`` matched in ``<mark>``."""
    if not query:
        return escape(text)
    pieces = matched(text, query)
    return Markup("".join(f"<mark>{escape(p)}</mark>" if hit else escape(p) for p, hit in pieces))


def web(request: Request) -> Web:
    state: Web = request.app.state.web
    return state
