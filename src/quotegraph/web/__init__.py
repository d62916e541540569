"""Show and serve the corpus: server-rendered pages and a JSON API (``quotegraph serve``).

``create_app`` and ``app_from_env`` load FastAPI on first use, so ``quotegraph.web.security`` and
``quotegraph.web.settings`` stay light for the command line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quotegraph.web.app import app_from_env, create_app

__all__ = ["app_from_env", "create_app"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from quotegraph.web import app

        return getattr(app, name)
    raise AttributeError(f"module 'quotegraph.web' has no attribute {name!r}")
