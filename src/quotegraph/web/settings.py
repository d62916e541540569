"""The web server's settings in one place: given by ``quotegraph serve`` (to each of its worker
processes too, as the app factory's argument), or read from the environment by
``uvicorn --factory quotegraph.web.app:app_from_env``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from quotegraph import settings
from quotegraph.web.security import DEFAULT_MAX_BODY


@dataclass(frozen=True)
class ServerSettings:
    db: str
    token: str | None = None
    """With a token, clients that send it may write; without one the server is read-only."""
    token_name: str = "editor"
    """Who the token's holder is, in the corrections' audit trail."""
    max_body: int = DEFAULT_MAX_BODY
    allowed_hosts: tuple[str, ...] | None = None
    """The Host names answered; ``None``: any."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ServerSettings:
        env = settings.env(environ)
        hosts = tuple(h for h in env.get("QUOTEGRAPH_ALLOWED_HOSTS", "").split(",") if h)
        return cls(
            db=env.get("QUOTEGRAPH_WEB_DB") or settings.db(env),
            token=settings.token(env),
            token_name=env.get("QUOTEGRAPH_TOKEN_NAME") or "editor",
            max_body=int(env.get("QUOTEGRAPH_MAX_BODY") or DEFAULT_MAX_BODY),
            allowed_hosts=hosts or None,
        )
