"""Options and checks more than one command shares, each defined once."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from typing import IO, Any

from quotegraph import settings
from quotegraph.model import DEFAULT_MIN_CONFIDENCE, SCOPES

DB_HELP = "SQLite file or postgresql://... URL (default: $QUOTEGRAPH_DB or ./quotegraph.db)"
FLOOR = DEFAULT_MIN_CONFIDENCE["statements"]
NER_HELP = "type names with spaCy's statistical NER (about 1.4x slower) instead of from the tagger"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SLASHED = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")


class CommandError(Exception):
    """A failure the user can fix: its message is printed as ``quotegraph: ...`` and the command
    exits with ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, help=DB_HELP)


def db_url(args: argparse.Namespace) -> str:
    return str(args.db or settings.db())


def existing_db(args: argparse.Namespace) -> str:
    """The store ``--db`` names, refused when it does not exist: a command that reads the corpus
    must not create an empty one from a typo."""
    from quotegraph.store import store_exists

    url = db_url(args)
    if not store_exists(url):
        raise CommandError(
            f"no corpus at {url}: check --db (or $QUOTEGRAPH_DB), or create one with quotegraph ingest"
        )
    return url


def confidence_value(value: str) -> float:
    """An argparse type: a confidence, 0 to 1."""
    try:
        c = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a confidence is a number between 0 and 1, not {value!r}") from None
    if not 0.0 <= c <= 1.0:
        raise argparse.ArgumentTypeError(f"a confidence is between 0 and 1, not {value}")
    return c


def day_value(value: str) -> str:
    """An argparse type: a calendar day written YYYY-MM-DD, the only unambiguous form."""
    text = value.strip()
    if _SLASHED.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"{value!r} is ambiguous (day/month or month/day?): write the date as YYYY-MM-DD"
        )
    if not _ISO_DAY.fullmatch(text):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: write it as YYYY-MM-DD")
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: {exc}") from None


def positive(value: str) -> int:
    """An argparse type: a whole number, 1 or more."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a whole number is needed, not {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def add_processes(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-j", "--processes", type=positive, default=1, help="extraction worker processes (default 1)"
    )


def add_scope(p: argparse.ArgumentParser, confidence: bool = False, extracting: bool = False) -> None:
    """``--scope`` and (with ``confidence``) ``--min-confidence``, worded for extraction or for the corpus."""
    if extracting:
        scope_help = (
            "statements (acts of saying or writing; the default) or all: every attribution with its "
            "kind (belief, finding, intention, stance, other), PolNeAR's scope"
        )
    else:
        scope_help = (
            f"statements (acts of saying or writing, at confidence {FLOOR} or more; the default) or all: "
            "every attribution the store keeps, beliefs, findings, intentions and stances too, at any "
            "confidence, each shown with its kind"
        )
    p.add_argument("--scope", choices=SCOPES, default="statements", help=scope_help)
    if confidence:
        more = "docs/extraction.md says what a confidence means" if extracting else "0 shows every quote"
        p.add_argument("--min-confidence", type=confidence_value, default=None, metavar="C",
                       help=f"leave out quotes whose confidence is below C, 0-1 (default {FLOOR} for"
                            f" statements, 0 with --scope all; {more})")  # fmt: skip


def use_color(forced: bool, stream: IO[Any] | None = None) -> bool:
    """Colours when asked (``--color``), else on a terminal unless NO_COLOR is set."""
    if forced:
        return True
    stream = stream or sys.stdout
    return stream.isatty() and not settings.no_color()
