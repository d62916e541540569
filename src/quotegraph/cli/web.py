"""``quotegraph serve``: the web app and API over a corpus, on loopback unless told otherwise."""

from __future__ import annotations

import argparse
import functools
import sys
from typing import Any

from quotegraph import settings
from quotegraph.cli.options import CommandError, add_db, db_url, existing_db, positive
from quotegraph.web.security import DEFAULT_MAX_BODY, LOOPBACK_NAMES, is_loopback
from quotegraph.web.settings import ServerSettings


def register(subparsers: Any) -> None:
    """Add ``serve`` to an ``argparse`` sub-parsers object."""
    p = subparsers.add_parser("serve", help="browse and search the corpus in a browser; JSON API under /api")
    add_db(p)
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    p.add_argument("--workers", type=positive, default=1, help="server processes (default 1)")
    p.add_argument("--token", default=None,
                   help="enables writes (POST /api/articles, saving from Try it) for clients that send it;"
                        " default $QUOTEGRAPH_TOKEN; with neither, the server is read-only")  # fmt: skip
    p.add_argument("--token-name", default=None,
                   help="who corrections made with the token are recorded as (default $QUOTEGRAPH_TOKEN_NAME"
                        " or 'editor')")  # fmt: skip
    p.add_argument(
        "--max-body", type=positive, default=DEFAULT_MAX_BODY,
        help=f"largest request body in bytes; larger get 413 (default {DEFAULT_MAX_BODY})",
    )  # fmt: skip
    p.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from quotegraph.web.app import app_from_settings

    token = args.token or settings.token()
    # A read-only server over no corpus shows nothing: refuse it. With a token, writes can fill one.
    db = db_url(args) if token else existing_db(args)
    hosts: tuple[str, ...] | None = None
    if is_loopback(args.host):
        hosts = (*LOOPBACK_NAMES, args.host)
    else:
        print(f"warning: listening on {args.host}: other machines can reach this server", file=sys.stderr)
    token_name = args.token_name or ServerSettings.from_env().token_name
    server = ServerSettings(
        db, token=token, token_name=token_name, max_body=args.max_body, allowed_hosts=hosts
    )
    mode = "writes need the token" if token else "read-only"
    if hosts is None:
        mode += "; extraction needs the token"
    print(f"quotegraph: serving {db} on http://{args.host}:{args.port}/ ({mode})", file=sys.stderr)
    if args.workers > 1:
        _serve_workers(server, args.host, args.port, args.workers)
        return 0
    try:
        uvicorn.run(app_from_settings(server), host=args.host, port=args.port, log_level="warning",
                    server_header=False)  # fmt: skip
    except OSError as exc:
        raise CommandError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from exc
    return 0


def _serve_workers(server: ServerSettings, host: str, port: int, workers: int) -> None:
    """``workers`` processes on one socket, under uvicorn's supervisor. Each process is spawned with
    the configuration pickled, so the settings reach its app factory as an argument, not through
    the environment (``uvicorn.run`` would take only an import string)."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from quotegraph.web.app import app_from_settings

    config = uvicorn.Config(
        functools.partial(app_from_settings, server), factory=True, host=host, port=port, workers=workers,
        log_level="warning", server_header=False,
    )  # fmt: skip
    Multiprocess(config, sockets=[config.bind_socket()]).run()
