"""Every environment variable quotegraph reads, read here and nowhere else.

Nothing in quotegraph writes the environment: a setting reaches the code that needs it as an
argument (the command line turns ``--ner`` into ``ExtractConfig(ner=True)``; ``serve --workers``
hands its settings to each worker process as its app factory's argument; a local Spark session
names its workers' Python on the context, not in ``PYSPARK_PYTHON``).

==========================  ====================================================================
``QUOTEGRAPH_DB``           the store when ``--db`` is not given (default ``./quotegraph.db``)
``QUOTEGRAPH_NER``          ``1``: type names with spaCy's statistical NER (as ``--ner``)
``QUOTEGRAPH_BLAS_THREADS`` BLAS threads per extraction process (default 1)
``QUOTEGRAPH_TOKEN``        the web server's write token (as ``serve --token``)
``QUOTEGRAPH_TOKEN_NAME``   who corrections made with the token are recorded as (``serve --token-name``)
``QUOTEGRAPH_WEB_DB``       the store ``uvicorn --factory quotegraph.web.app:app_from_env`` serves
``QUOTEGRAPH_MAX_BODY``     the web server's largest request body, in bytes
``QUOTEGRAPH_ALLOWED_HOSTS`` comma-separated Host names the web server answers
``QUOTEGRAPH_SPARK_MASTER`` the Spark master when neither ``--master`` nor spark-submit gives one
``QUOTEGRAPH_CACHE``        a folder for what quotegraph can rebuild (the local Spark JVM's class
                            archive); default ``$XDG_CACHE_HOME/quotegraph`` or ``~/.cache/quotegraph``;
                            ``off``: keep nothing
``QUOTEGRAPH_SPARK_DAEMON`` set by a local Spark session on its Python workers (not by users): the
                            socket of the daemon that loaded the pipeline while the JVM started
``NO_COLOR``                any value: no colours in terminal output (https://no-color.org)
==========================  ====================================================================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

DEFAULT_DB = "quotegraph.db"


def env(environ: Mapping[str, str] | None = None) -> Mapping[str, str]:
    return os.environ if environ is None else environ


def db(environ: Mapping[str, str] | None = None) -> str:
    """The store to use when none is named."""
    return env(environ).get("QUOTEGRAPH_DB") or DEFAULT_DB


def ner(environ: Mapping[str, str] | None = None) -> bool:
    return env(environ).get("QUOTEGRAPH_NER") == "1"


def blas_threads(environ: Mapping[str, str] | None = None) -> int:
    return int(env(environ).get("QUOTEGRAPH_BLAS_THREADS") or "1")


def token(environ: Mapping[str, str] | None = None) -> str | None:
    return env(environ).get("QUOTEGRAPH_TOKEN") or None


def spark_master(default: str, environ: Mapping[str, str] | None = None) -> str:
    return env(environ).get("QUOTEGRAPH_SPARK_MASTER", default)


def spark_daemon(environ: Mapping[str, str] | None = None) -> str | None:
    return env(environ).get("QUOTEGRAPH_SPARK_DAEMON") or None


def cache_dir(environ: Mapping[str, str] | None = None) -> Path | None:
    """Where rebuildable files go; None when ``QUOTEGRAPH_CACHE=off``."""
    e = env(environ)
    chosen = e.get("QUOTEGRAPH_CACHE")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    base = e.get("XDG_CACHE_HOME") or os.path.join(e.get("HOME") or os.path.expanduser("~"), ".cache")
    return Path(base) / "quotegraph"


def no_color(environ: Mapping[str, str] | None = None) -> bool:
    """https://no-color.org: set and not empty."""
    return bool(env(environ).get("NO_COLOR"))
