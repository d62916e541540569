"""``quotegraph serve``: the web app and API over a corpus, on loopback unless told otherwise."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from quotegraph.web.security import DEFAULT_MAX_BODY, LOOPBACK_NAMES, is_loopback

DB_HELP = "SQLite file or postgresql://... URL (default: $QUOTEGRAPH_DB or ./quotegraph.db)"


def register(subparsers: Any) -> None:
    """Add ``serve`` to an ``argparse`` sub-parsers object."""
    p = subparsers.add_parser("serve", help="browse and search the corpus in a browser; JSON API under /api")
    p.add_argument("--db", default=None, help=DB_HELP)
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    p.add_argument("--port", type=int, default=8000, help="default 8000")
    p.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    p.add_argument("--token", default=None,
                   help="enables writes (POST /api/articles, saving from Try it) for clients that send it;"
                        " default $QUOTEGRAPH_TOKEN; with neither, the server is read-only")  # fmt: skip
    p.add_argument("--token-name", default=None,
                   help="who corrections made with the token are recorded as (default $QUOTEGRAPH_TOKEN_NAME"
                        " or 'editor')")  # fmt: skip
    p.add_argument(
        "--max-body", type=int, default=DEFAULT_MAX_BODY,
        help=f"largest request body in bytes; larger get 413 (default {DEFAULT_MAX_BODY})",
    )  # fmt: skip
    p.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from quotegraph.store import default_db

    db = args.db or default_db()
    token = args.token or os.environ.get("QUOTEGRAPH_TOKEN") or None
    token_name = args.token_name or os.environ.get("QUOTEGRAPH_TOKEN_NAME") or "editor"
    hosts = None
    if is_loopback(args.host):
        hosts = [*LOOPBACK_NAMES, args.host]
    else:
        print(f"warning: listening on {args.host}: other machines can reach this server", file=sys.stderr)
    if args.workers > 1:
        # Worker processes build their own app from the environment.
        os.environ["QUOTEGRAPH_WEB_DB"] = db
        os.environ["QUOTEGRAPH_MAX_BODY"] = str(args.max_body)
        os.environ["QUOTEGRAPH_ALLOWED_HOSTS"] = ",".join(hosts or [])
        if token:
            os.environ["QUOTEGRAPH_TOKEN"] = token
            os.environ["QUOTEGRAPH_TOKEN_NAME"] = token_name
        uvicorn.run("quotegraph.web.app:app_from_env", factory=True, host=args.host, port=args.port,
                    workers=args.workers, log_level="warning", server_header=False)  # fmt: skip
        return 0
    from quotegraph.web.app import create_app

    app = create_app(db, token=token, max_body=args.max_body, allowed_hosts=hosts, token_name=token_name)
    mode = "writes need the token" if token else "read-only"
    print(f"quotegraph: serving {db} on http://{args.host}:{args.port}/ ({mode})", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return 0
