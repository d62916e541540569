"""``quotegraph extract`` and ``quotegraph eval``: quotes from files, without a corpus."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from tqdm import tqdm

from quotegraph.cli.options import NER_HELP, CommandError, add_processes, add_scope, use_color
from quotegraph.ingest import IngestError, Read, missing, read_paths
from quotegraph.model import ArticleResult, Scope

INPUTS_HELP = (
    "files or folders: .txt, .jsonl, .html/.htm, .warc/.warc.gz (as ingest reads them), or - for JSONL"
    " on stdin"
)


def register(sub: Any) -> None:
    p = sub.add_parser("extract", help="extract quotes; prediction JSONL on stdout")
    p.add_argument("paths", nargs="+", help=INPUTS_HELP)
    p.add_argument(
        "--pretty", action="store_true", help="show each article with its quotes coloured by speaker"
    )
    p.add_argument(
        "--color", action="store_true", help="colour even when stdout is not a terminal or NO_COLOR is set"
    )
    add_processes(p)
    p.add_argument("--ner", action="store_true", help=NER_HELP)
    add_scope(p, confidence=True, extracting=True)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score extraction against an answer key (JSONL with text and quotes)")
    p.add_argument("gold", help="the answer key: JSONL, one article a line with its text and quotes")
    p.add_argument("--pred", help="score this prediction file instead of extracting")
    p.add_argument("--save", help="also write the predictions here")
    add_processes(p)
    p.add_argument("--ner", action="store_true", help=NER_HELP)
    add_scope(p, confidence=True, extracting=True)
    p.set_defaults(func=cmd_eval)


def inputs_of(paths: Sequence[str]) -> list[Read | ArticleResult]:
    """Every article the ``ingest`` readers find under ``paths``, and each item they could not read
    as an ``ArticleResult`` named by its source, with the reason. A path that does not exist is an
    error before any work."""
    absent = missing(paths)
    if absent:
        raise CommandError(f"no such file or folder: {', '.join(absent)}")
    return [
        ArticleResult(i.source, [], i.reason) if isinstance(i, IngestError) else i for i in read_paths(paths)
    ]


def run_extract(
    items: list[Read | ArticleResult],
    processes: int = 1,
    progress: bool | None = None,
    scope: Scope = "statements",
    min_confidence: float | None = None,
    ner: bool = False,
) -> Iterator[ArticleResult]:
    """Extraction over every item, in input order, unreadable ones passed through with their reasons."""
    from quotegraph.extract import ExtractConfig, extract_many

    base = ExtractConfig.from_env()  # $QUOTEGRAPH_NER=1 as --ner
    config = ExtractConfig(scope=scope, min_confidence=min_confidence, ner=ner or base.ner)
    articles = [i.article for i in items if isinstance(i, Read)]
    done = iter(extract_many(articles, n_process=processes, config=config))
    bar = tqdm(
        total=len(items), unit="article", disable=None if progress is None else not progress, file=sys.stderr
    )
    for item in items:
        yield item if isinstance(item, ArticleResult) else next(done)
        bar.update(1)
    bar.close()


def cmd_extract(args: argparse.Namespace) -> int:
    from quotegraph.pretty import render

    items = inputs_of(args.paths)
    texts = {i.article.id: i.article.text for i in items if isinstance(i, Read)}
    found = run_extract(
        items, args.processes, scope=args.scope, min_confidence=args.min_confidence, ner=args.ner
    )
    color = use_color(args.color)
    for result in found:
        if not args.pretty:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        elif result.error:
            print(f"{result.id}: skipped ({result.error})")
        else:
            print(render(result.id, texts[result.id], result.quotes, color=color))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from quotegraph.evaluate import score

    absent = missing([p for p in (args.gold, args.pred) if p])
    if absent:
        raise CommandError(f"no such file or folder: {', '.join(absent)}")
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
        found = run_extract(
            inputs_of([args.gold]), args.processes, scope=args.scope,
            min_confidence=args.min_confidence, ner=args.ner,
        )  # fmt: skip
        pred = {r.id: r.to_dict() for r in found}
        if args.save:
            with open(args.save, "w", encoding="utf-8") as out:
                for r in pred.values():
                    out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(score(gold, pred).report())
    return 0
