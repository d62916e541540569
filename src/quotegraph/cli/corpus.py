"""The corpus commands: ingest, resolve, errors, search, speaker, quote, export (see ``--help``)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from quotegraph.cli.extract import INPUTS_HELP
from quotegraph.cli.options import (
    CommandError,
    add_db,
    add_processes,
    add_scope,
    day_value,
    db_url,
    existing_db,
    positive,
)


def register(subparsers: Any) -> None:
    """Add the corpus sub-commands to an ``argparse`` sub-parsers object."""
    p = subparsers.add_parser(
        "ingest", help="read articles into the corpus (.txt .jsonl .html .warc[.gz], folders)"
    )
    p.add_argument("paths", nargs="+", help=INPUTS_HELP)
    p.add_argument("--batch-size", type=positive, default=50, help="articles per transaction (default 50)")
    add_processes(p)
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
    p.add_argument("text", nargs="?", default="", help="words the quote contains (default: any quote)")
    p.add_argument("--speaker", help="the speaker's name, or part of it")
    p.add_argument("--outlet", help="the outlet that published the quote")
    p.add_argument("--since", type=day_value, metavar="YYYY-MM-DD", help="published on or after this day")
    p.add_argument("--until", type=day_value, metavar="YYYY-MM-DD", help="published on or before this day")
    p.add_argument("--target", help="who or what the quote is about")
    p.add_argument("--type", choices=("direct", "indirect", "mixed"),
                   help="direct (the speaker's own words), indirect or mixed (paraphrase)")  # fmt: skip
    p.add_argument("--altered", action="store_true", help="statements some outlet altered (words changed"
                   " inside the quotation marks), with the outlets that did")  # fmt: skip
    p.add_argument("--limit", type=positive, default=20, help="at most this many quotes (default 20)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    add_scope(p, confidence=True)
    p.set_defaults(func=cmd_search)

    p = subparsers.add_parser("speaker", help="a speaker's roles, counts, outlets, dates and top quotes")
    p.add_argument("name", help="the speaker's name, or part of it (the most quoted match is shown)")
    p.add_argument("--why", action="store_true", help="explain why each name was linked to this speaker")
    p.add_argument("--json", action="store_true", help="the profile as one JSON object")
    add_scope(p)
    p.set_defaults(func=cmd_speaker)

    p = subparsers.add_parser("quote", help="a quote's cluster: every report of it, earliest first")
    p.add_argument("id", help="a quote id, as search prints it")
    p.add_argument("--json", action="store_true", help="the cluster as one JSON object")
    add_scope(p)
    p.set_defaults(func=cmd_quote)

    p = subparsers.add_parser("export", help="write the quotes with their source and speaker")
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl",
                   help="jsonl (the default), csv or parquet")  # fmt: skip
    p.add_argument("-o", "--output", help="file to write (default stdout; required for parquet)")
    p.add_argument("--corrections", action="store_true",
                   help="write the corrections made by hand (JSON Lines) instead of the quotes, for"
                        " 'quotegraph corrections apply' on another store")  # fmt: skip
    add_scope(p, confidence=True)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("corrections", help="list corrections, or apply exported ones to this store")
    p.add_argument("action", choices=("list", "apply"), help="list the corrections, or apply a file of them")
    p.add_argument("file", nargs="?", help="for apply: a file 'quotegraph export --corrections' wrote")
    p.set_defaults(func=cmd_corrections)

    for name in ("ingest", "resolve", "errors", "search", "speaker", "quote", "export", "corrections"):
        add_db(subparsers.choices[name])


def _corpus(args: argparse.Namespace, create: bool = False) -> Any:
    """The corpus ``--db`` names; only ``ingest`` (``create``) may make a new one."""
    from quotegraph.corpus import Corpus

    return Corpus(db_url(args) if create else existing_db(args))


def cmd_ingest(args: argparse.Namespace) -> int:
    from quotegraph.ingest import missing

    absent = missing(args.paths)
    if absent:
        raise CommandError(f"no such file or folder: {', '.join(absent)}")
    with _corpus(args, create=True) as corpus:
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
        found = corpus.errors()
    for source, reason in found:
        print(f"{source}\t{reason}")
    if not found:
        print("no errors: every input was read", file=sys.stderr)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    keys = ("speaker", "outlet", "since", "until", "target", "type", "scope", "min_confidence", "altered")
    filters = {k: getattr(args, k) for k in keys}
    if args.since and args.until and args.since > args.until:
        raise CommandError(f"--since {args.since} is after --until {args.until}", code=2)
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
    if not found:
        print("no quotes match", file=sys.stderr)
        return 1
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
