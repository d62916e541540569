"""The ``quotegraph`` command line: extract, eval, and the corpus commands."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from tqdm import tqdm

from quotegraph.corpus_cli import confidence_value
from quotegraph.model import SCOPES, Article, ArticleResult, Scope
from quotegraph.pretty import render


def read_inputs(paths: list[str]) -> Iterator[Article | ArticleResult]:
    """Articles from .txt files (id = file stem), .jsonl lines ({"id", "text", ...}) or "-"
    (JSONL on stdin). What cannot be read comes out as an ``ArticleResult`` with its reason."""
    from quotegraph.extract import decode

    for path in paths:
        if path == "-":
            yield from _jsonl_lines("-", sys.stdin.buffer)
            continue
        p = Path(path)
        if not p.is_file():
            yield ArticleResult(path, [], "unreadable: no such file")
            continue
        if p.suffix == ".jsonl":
            with p.open("rb") as fh:
                yield from _jsonl_lines(path, fh)
            continue
        try:
            yield Article(p.stem, decode(p.read_bytes()))
        except (UnicodeDecodeError, OSError) as exc:
            yield ArticleResult(p.stem, [], f"undecodable: {exc}")


def _jsonl_lines(path: str, fh) -> Iterator[Article | ArticleResult]:  # type: ignore[no-untyped-def]
    for n, raw in enumerate(fh, 1):
        where = f"{path}:{n}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield ArticleResult(where, [], f"malformed line: {exc}")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            ident = str(record.get("id", where)) if isinstance(record, dict) else where
            yield ArticleResult(ident, [], 'malformed line: no "text" string')
            continue
        yield Article(str(record.get("id", where)), record["text"])


def run_extract(
    paths: list[str],
    processes: int = 1,
    progress: bool | None = None,
    scope: Scope = "statements",
    min_confidence: float | None = None,
) -> Iterator[ArticleResult]:
    """Extraction over every input, in input order, bad items passed through with their reasons."""
    from quotegraph.extract import extract_many

    items = list(read_inputs(paths))
    articles = [a for a in items if isinstance(a, Article)]
    done = iter(extract_many(articles, n_process=processes, scope=scope, min_confidence=min_confidence))
    bar = tqdm(
        total=len(items), unit="article", disable=None if progress is None else not progress, file=sys.stderr
    )
    for item in items:
        yield item if isinstance(item, ArticleResult) else next(done)
        bar.update(1)
    bar.close()


def cmd_extract(args: argparse.Namespace) -> int:
    texts: dict[str, str] = {}
    if args.pretty:
        texts = {a.id: a.text for a in read_inputs(args.paths) if isinstance(a, Article)}
    found = run_extract(args.paths, args.processes, scope=args.scope, min_confidence=args.min_confidence)
    for result in found:
        if args.pretty:
            if result.error:
                print(f"{result.id}: skipped ({result.error})")
            else:
                print(
                    render(
                        result.id, texts[result.id], result.quotes, color=sys.stdout.isatty() or args.color
                    )
                )
        else:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from quotegraph.evaluate import score

    gold = {}
    with open(args.gold, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                gold[str(d["id"])] = d
    if args.pred:
        with open(args.pred, encoding="utf-8") as fh:
            pred = {str(d["id"]): d for d in map(json.loads, filter(str.strip, fh))}
    else:
        found = run_extract([args.gold], args.processes, scope=args.scope, min_confidence=args.min_confidence)
        pred = {r.id: r.to_dict() for r in found}
        if args.save:
            with open(args.save, "w", encoding="utf-8") as out:
                for r in pred.values():
                    out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(score(gold, pred).report())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotegraph", description="Who said what, to whom, about whom.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract quotes; prediction JSONL on stdout")
    p.add_argument("paths", nargs="+", help=".txt files, .jsonl files, or - for JSONL on stdin")
    p.add_argument(
        "--pretty", action="store_true", help="show each article with its quotes coloured by speaker"
    )
    p.add_argument("--color", action="store_true", help="colour even when stdout is not a terminal")
    p.add_argument("-j", "--processes", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--ner", action="store_true", help=NER_HELP)
    _add_selection(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score extraction against an answer key (JSONL with text and quotes)")
    p.add_argument("gold")
    p.add_argument("--pred", help="score this prediction file instead of extracting")
    p.add_argument("--save", help="also write the predictions here")
    p.add_argument("-j", "--processes", type=int, default=1)
    p.add_argument("--ner", action="store_true", help=NER_HELP)
    _add_selection(p)
    p.set_defaults(func=cmd_eval)

    # The corpus, web and Spark commands live with their packages; each adds its sub-commands.
    from quotegraph import corpus_cli
    from quotegraph.spark import cli as spark_cli
    from quotegraph.web import cli as web_cli

    for module in (corpus_cli, web_cli, spark_cli):
        module.register(sub)
    return parser


def _add_selection(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--scope",
        choices=SCOPES,
        default="statements",
        help="statements (acts of saying or writing; the default) or all: every attribution with its "
        "kind (belief, finding, intention, stance, other), PolNeAR's scope",
    )
    p.add_argument(
        "--min-confidence",
        type=confidence_value,
        default=None,
        metavar="C",
        help="leave out quotes whose confidence is below C, 0-1 (default 0.5 for statements, 0 with "
        "--scope all; docs/extraction.md says what a confidence means)",
    )


NER_HELP = "type names with spaCy's statistical NER (about 1.4x slower) instead of from the tagger"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "ner", False):
        os.environ["QUOTEGRAPH_NER"] = "1"  # read by extraction, in worker processes too
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
