"""Show and serve the corpus: server-rendered pages and a JSON API (``quotegraph serve``)."""

from quotegraph.web.app import app_from_env, create_app

__all__ = ["app_from_env", "create_app"]
