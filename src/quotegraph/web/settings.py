"""The web server's settings in one place: given by ``quotegraph serve``, or (for each worker
process of ``serve --workers N``, and for ``uvicorn --factory``) read from the environment."""

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

    def as_env(self) -> dict[str, str]:
        """The variables ``from_env`` reads back into these settings, for worker processes."""
        env = {
            "QUOTEGRAPH_WEB_DB": self.db,
            "QUOTEGRAPH_MAX_BODY": str(self.max_body),
            "QUOTEGRAPH_ALLOWED_HOSTS": ",".join(self.allowed_hosts or ()),
            "QUOTEGRAPH_TOKEN_NAME": self.token_name,
        }
        if self.token:
            env["QUOTEGRAPH_TOKEN"] = self.token
        return env
