"""The ``quotegraph`` command line: one module per group of commands, options they share in
``options``. The libraries it calls take plain arguments and know nothing of argparse.

- ``extract``: extract, eval (quotes from files, no corpus)
- ``corpus``: ingest, resolve, errors, search, speaker, quote, export
- ``web``: serve
- ``spark``: spark extract|identity|cluster|resolve, load
"""

from __future__ import annotations

import argparse
import io
import sys

from quotegraph import __version__
from quotegraph.cli import corpus, extract, spark, web
from quotegraph.cli.options import CommandError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotegraph", description="Who said what, to whom, about whom.")
    parser.add_argument("--version", action="version", version=f"quotegraph {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in (extract, corpus, web, spark):
        group.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")  # UTF-8 output whatever the locale
    try:
        return int(args.func(args))
    except CommandError as exc:
        print(f"quotegraph: {exc}", file=sys.stderr)
        return exc.code
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError) as exc:
        # a file named on the command line (--output, --pred, --save, the answer key) that cannot be opened
        print(f"quotegraph: {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


__all__ = ["build_parser", "main"]
