"""The corpus commands: ingest, resolve, errors, search, speaker, quote, export (see ``--help``)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from quotegraph.model import DEFAULT_MIN_CONFIDENCE, SCOPES
from quotegraph.store import default_db

DB_HELP = "SQLite file or postgresql://... URL (default: $QUOTEGRAPH_DB or ./quotegraph.db)"
FLOOR = DEFAULT_MIN_CONFIDENCE["statements"]
SCOPE_HELP = (
    f"statements (acts of saying or writing, at confidence {FLOOR} or more; the default) or all: every "
    "attribution the store keeps, beliefs, findings, intentions and stances too, at any confidence, "
    "each shown with its kind"
)


def confidence_value(value: str) -> float:
    """An argparse type: a confidence, 0 to 1."""
    c = float(value)
    if not 0.0 <= c <= 1.0:
        raise argparse.ArgumentTypeError(f"a confidence is between 0 and 1, not {value}")
    return c


def _add_scope(p: argparse.ArgumentParser, confidence: bool = False) -> None:
    p.add_argument("--scope", choices=SCOPES, default="statements", help=SCOPE_HELP)
    if confidence:
        p.add_argument("--min-confidence", type=confidence_value, default=None, metavar="C",
                       help=f"leave out quotes whose confidence is below C, 0-1 (default {FLOOR} for"
                            " statements, 0 with --scope all; 0 shows every quote)")  # fmt: skip


def register(subparsers: Any) -> None:
    """Add the corpus sub-commands to an ``argparse`` sub-parsers object."""
    p = subparsers.add_parser(
        "ingest", help="read articles into the corpus (.txt .jsonl .html .warc[.gz], folders)"
    )
    p.add_argument("paths", nargs="+")
    p.add_argument("--batch-size", type=int, default=50, help="articles per transaction (default 50)")
    p.add_argument("-j", "--processes", type=int, default=1, help="extraction worker processes (default 1)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--no-resolve", action="store_true", help="skip re-linking speakers and quote clusters")
    p.set_defaults(func=cmd_ingest)

    p = subparsers.add_parser(
        "resolve", help="re-link speakers and quote clusters (after ingest --no-resolve)"
    )
    p.set_defaults(func=cmd_resolve)

    p = subparsers.add_parser("errors", help="list the inputs that could not be used, and why")
    p.set_defaults(func=cmd_errors)

    p = subparsers.add_parser("search", help="full-text search over quotes, with filters")
    p.add_argument("text", nargs="?", default="")
    p.add_argument("--speaker")
    p.add_argument("--outlet")
    p.add_argument("--since", help="YYYY-MM-DD (inclusive)")
    p.add_argument("--until", help="YYYY-MM-DD (inclusive)")
    p.add_argument("--target", help="who or what the quote is about")
    p.add_argument("--type", choices=("direct", "indirect", "mixed"))
    p.add_argument("--altered", action="store_true", help="statements some outlet altered (words changed"
                   " inside the quotation marks), with the outlets that did")  # fmt: skip
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    _add_scope(p, confidence=True)
    p.set_defaults(func=cmd_search)

    p = subparsers.add_parser("speaker", help="a speaker's roles, counts, outlets, dates and top quotes")
    p.add_argument("name")
    p.add_argument("--why", action="store_true", help="explain why each name was linked to this speaker")
    p.add_argument("--json", action="store_true")
    _add_scope(p)
    p.set_defaults(func=cmd_speaker)

    p = subparsers.add_parser("quote", help="a quote's cluster: every report of it, earliest first")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    _add_scope(p)
    p.set_defaults(func=cmd_quote)

    p = subparsers.add_parser("export", help="write the quotes with their source and speaker")
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    p.add_argument("-o", "--output", help="file to write (default stdout; required for parquet)")
    p.add_argument("--corrections", action="store_true",
                   help="write the corrections made by hand (JSON Lines) instead of the quotes, for"
                        " 'quotegraph corrections apply' on another store")  # fmt: skip
    _add_scope(p, confidence=True)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("corrections", help="list corrections, or apply exported ones to this store")
    p.add_argument("action", choices=("list", "apply"))
    p.add_argument("file", nargs="?", help="for apply: a file 'quotegraph export --corrections' wrote")
    p.set_defaults(func=cmd_corrections)

    for name in ("ingest", "resolve", "errors", "search", "speaker", "quote", "export", "corrections"):
        subparsers.choices[name].add_argument("--db", default=None, help=DB_HELP)


def _corpus(args: argparse.Namespace) -> Any:
    from quotegraph.corpus import Corpus

    return Corpus(args.db or default_db())


def cmd_ingest(args: argparse.Namespace) -> int:
    with _corpus(args) as corpus:
        report = corpus.ingest(
            args.paths, batch_size=args.batch_size, n_process=args.processes,
            progress=not args.no_progress, resolve=False,
        )  # fmt: skip
        print(
            f"ingested {report.articles} articles ({report.quotes} quotes); {report.known} already in the"
            f" corpus; {report.errors} errors" + (" (see: quotegraph errors)" if report.errors else "")
        )
        if not args.no_resolve:
            r = corpus.resolve()
            print(f"resolved {r.speakers} speakers and {r.clusters} multi-report quote clusters")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    with _corpus(args) as corpus:
        r = corpus.resolve()
    print(f"resolved {r.speakers} speakers and {r.clusters} multi-report quote clusters")
    return 0


def cmd_errors(args: argparse.Namespace) -> int:
    with _corpus(args) as corpus:
        for source, reason in corpus.errors():
            print(f"{source}\t{reason}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    keys = ("speaker", "outlet", "since", "until", "target", "type", "scope", "min_confidence", "altered")
    filters = {k: getattr(args, k) for k in keys}
    with _corpus(args) as corpus:
        found = corpus.search(args.text, limit=args.limit, **filters)
        changed = corpus.altered_by([r.cluster_id for r in found if r.cluster_id]) if args.altered else {}
    for rec in found:
        by = changed.get(rec.cluster_id or "", [])
        if args.json:
            extra = {"altered_by": [{"outlet": o, "id": i} for o, i in by]} if args.altered else {}
            print(json.dumps(rec.to_dict() | extra, ensure_ascii=False))
        else:
            print(_line(rec, args.scope))
            if by:
                print("    altered by: " + ", ".join(f"{o} ({i})" for o, i in by))
    return 0


def cmd_speaker(args: argparse.Namespace) -> int:
    with _corpus(args) as corpus:
        found = corpus.speakers(args.name, args.scope)
        if not found:
            print(f"no speaker called {args.name!r}", file=sys.stderr)
            return 1
        profile = corpus.speaker(args.name, args.scope)
    if args.json:
        print(json.dumps(_jsonable(profile), ensure_ascii=False, indent=2))
        return 0
    print(f"{profile.name}  [{profile.id}]")
    if len(found) > 1:
        print("  others by that name: " + "; ".join(f"{n} [{i}] ({c} quotes)" for i, n, c in found[1:]))
    counted = "quotes" if args.scope == "all" else "statements"
    print(f"  {profile.n_quotes} {counted} in {profile.n_articles} articles;"
          f" first seen {_day(profile.first_seen)}, last seen {_day(profile.last_seen)}")  # fmt: skip
    for role in profile.roles:
        print(f"  role: {role.role} ({_day(role.first_seen)} to {_day(role.last_seen)}, {role.n}x)")
    if profile.outlets:
        print("  outlets: " + ", ".join(f"{o} ({n})" for o, n in profile.outlets))
    if args.why:
        print("  why these names are this speaker:")
        for alias in profile.aliases:
            print(f"    {alias.name} ({alias.n}x): {alias.reason}")
    else:
        print("  also called: " + ", ".join(f"{a.name} ({a.n}x)" for a in profile.aliases))
    print("  most reported:")
    for rec, size in profile.top_quotes:
        print(f"    [{size} article{'s' if size != 1 else ''}] {_line(rec, args.scope)}")
    return 0


def cmd_quote(args: argparse.Namespace) -> int:
    with _corpus(args) as corpus:
        cluster = corpus.quote(args.id, args.scope)
    if cluster is None:
        print(f"no quote with id {args.id!r}", file=sys.stderr)
        return 1
    if args.json:
        print(
            json.dumps(_jsonable(cluster) | {"earliest": cluster.earliest.id}, ensure_ascii=False, indent=2)
        )
        return 0
    print(f"cluster {cluster.id}: {len(cluster.quotes)} report(s) in {cluster.n_articles} article(s),"
          f" {cluster.n_outlets} outlet(s), earliest first")  # fmt: skip
    for i, rec in enumerate(cluster.quotes):
        note = "  (earliest source)" if i == 0 else "  (words altered)" if rec.wording == "altered" else ""
        print(("* " if i == 0 else "  ") + _line(rec, args.scope) + note)
    return 0


def cmd_corrections(args: argparse.Namespace) -> int:
    from quotegraph.corpus.corrections import apply_file
    from quotegraph.store.corrections import BadCorrection, corrections

    with _corpus(args) as corpus:
        if args.action == "list":
            for c in corrections(corpus.store):
                print(f"{c.id}\t{c.made_at}\t{c.author}\t{c.describe()}\t{c.why}")
            return 0
        if not args.file:
            print("corrections apply needs FILE", file=sys.stderr)
            return 2
        try:
            applied, known = apply_file(corpus.store, args.file)
        except (OSError, BadCorrection) as exc:
            print(f"no corrections applied: {exc}", file=sys.stderr)
            return 1
    print(f"applied {applied} corrections; {known} were there already", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.corrections:
        from quotegraph.corpus.corrections import write

        with _corpus(args) as corpus:
            if args.output:
                with open(args.output, "wb") as out:
                    n = write(corpus.store, out)
            else:
                n = write(corpus.store, sys.stdout.buffer)
                sys.stdout.flush()
        print(f"exported {n} corrections", file=sys.stderr)
        return 0
    if args.format == "parquet" and not args.output:
        print("parquet needs --output FILE", file=sys.stderr)
        return 2
    selection = {"scope": args.scope, "min_confidence": args.min_confidence}
    with _corpus(args) as corpus:
        if args.output:
            with open(args.output, "wb") as out:
                n = corpus.export(args.format, out, **selection)
        else:
            n = corpus.export(args.format, sys.stdout.buffer, **selection)
            sys.stdout.flush()
    print(f"exported {n} {'quotes' if args.scope == 'all' else 'statements'}", file=sys.stderr)
    return 0


def _day(value: str | None) -> str:
    return value[:10] if value else "undated"


def _line(rec: Any, scope: str = "statements") -> str:
    """One quote on a line: only a direct quote stands in quotation marks; the rest are marked as
    paraphrase. With ``--scope all`` every quote shows its kind (and anything not a statement always)."""
    who = rec.speaker_name or rec.speaker or "(unknown)"
    where = " ".join(x for x in (_day(rec.published_at), rec.outlet or "") if x)
    kind = [rec.kind] if scope == "all" or rec.kind != "statement" else []
    labels = kind + ([] if rec.verbatim else ["paraphrase"])
    said = f"\u201c{rec.text}\u201d" if rec.verbatim else rec.text
    tag = f" ({', '.join(labels)})" if labels else ""
    return f"{rec.id}  {where}  {who}{tag}: {said}"


def _jsonable(obj: Any) -> Any:
    """Dataclasses as dicts, quotes as ``QuoteRecord.to_dict()`` gives them (with ``verbatim``)."""
    from dataclasses import fields, is_dataclass

    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _jsonable(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(x) for x in obj]
    return obj


def main(argv: list[str] | None = None) -> int:
    """Run the corpus commands alone (``python -m quotegraph.corpus_cli``)."""
    parser = argparse.ArgumentParser(prog="quotegraph")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
