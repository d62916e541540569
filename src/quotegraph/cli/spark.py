"""``quotegraph spark extract|identity|cluster|resolve`` and ``quotegraph load`` (``--help`` on each).

pyspark is imported only when a ``spark`` command runs, so the base CLI works without it.
"""

from __future__ import annotations

import argparse
import glob
import sys
from pathlib import Path
from typing import Any

from quotegraph import settings
from quotegraph.cli.options import NER_HELP, CommandError, add_db, db_url, positive

MASTER_HELP = "Spark master (default: spark-submit's, else $QUOTEGRAPH_SPARK_MASTER, else local[2])"


def register(subparsers: Any) -> None:
    """Add ``spark`` (with its sub-commands) and ``load`` to an ``argparse`` sub-parsers object."""
    spark = subparsers.add_parser("spark", help="run the pipeline on Apache Spark (needs quotegraph[spark])")
    add_spark_commands(spark.add_subparsers(dest="spark_command", required=True))

    p = subparsers.add_parser("load", help="bring the Spark jobs' Parquet output into the corpus store")
    p.add_argument("dir", help="the --out folder of `quotegraph spark extract` (local path or s3://...)")
    add_db(p)
    p.add_argument(
        "--resolve",
        choices=("auto", "spark", "local", "none"),
        default="auto",
        help="speakers and clusters: from DIR/resolved (spark), recomputed in the store (local), "
        "or spark when present else local (auto, the default)",
    )
    p.set_defaults(func=cmd_load)


def add_spark_commands(sub: Any) -> None:
    p = sub.add_parser("extract", help="extract quotes from JSONL/WARC/HTML/text files into Parquet tables")
    p.add_argument(
        "inputs", nargs="+", help="files, folders or globs; local paths or Hadoop URIs (s3a://...)"
    )
    p.add_argument("--out", required=True, help="output folder (any Hadoop URI)")
    p.add_argument("--batch", help="name of this run's partition (default: a hash of the inputs)")
    p.add_argument("--partitions", type=positive, help="extraction tasks (default: 3 x the cluster's cores)")
    p.add_argument("--ner", action="store_true", help=NER_HELP)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("identity", help="one identity per speaker across DIR's articles")
    p.set_defaults(func=cmd_identity)
    p = sub.add_parser("cluster", help="quote clusters across DIR's articles (after identity)")
    p.set_defaults(func=cmd_cluster)
    p = sub.add_parser("resolve", help="identity, then clusters")
    p.set_defaults(func=cmd_resolve)
    for name in ("identity", "cluster", "resolve"):
        sub.choices[name].add_argument("dir", help="the --out folder of `spark extract`")
        sub.choices[name].add_argument("--partitions", type=positive, help="tasks per shuffle")
    for parser in sub.choices.values():
        parser.add_argument("--master", help=MASTER_HELP)


def _spark(args: argparse.Namespace) -> Any:
    try:
        from quotegraph.spark.session import get_spark

        return get_spark(args.master)
    except ImportError as exc:
        raise SystemExit(f"quotegraph spark needs pyspark: pip install 'quotegraph[spark]' ({exc})") from exc


def cmd_extract(args: argparse.Namespace) -> int:
    from quotegraph.spark.extract_job import run_extract

    absent = _absent_local(args.inputs)
    if absent:  # before any Spark starts, as ``quotegraph extract`` does
        raise CommandError(f"no such file or folder: {', '.join(absent)}")
    ner = True if args.ner or settings.ner() else None
    r = run_extract(
        _spark(args), args.inputs, args.out, batch=args.batch, partitions=args.partitions, ner=ner
    )
    print(
        f"batch {r.batch}: {r.files} files, {r.articles} articles, {r.quotes} quotes, {r.mentions} speaker"
        f" mentions, {r.errors} errors, {r.duplicates} duplicate articles -> {args.out}"
    )
    return 0


def _absent_local(inputs: list[str]) -> list[str]:
    """The local inputs that name nothing: a path that does not exist, a glob that matches nothing.
    A Hadoop URI (``s3a://...``, ``hdfs://...``) is the cluster's to read."""
    absent = []
    for name in inputs:
        if "://" in name:
            continue
        pattern = any(c in name for c in "*?[")
        if not (glob.glob(name) if pattern else Path(name).exists()):
            absent.append(name)
    return absent


def cmd_identity(args: argparse.Namespace) -> int:
    from quotegraph.spark.identity import run_identity

    r = run_identity(_spark(args), args.dir, args.partitions)
    print(f"{r.mentions} speaker mentions -> {r.speakers} speakers")
    return 0


def cmd_cluster(args: argparse.Namespace) -> int:
    from quotegraph.spark.clusters import run_clusters

    r = run_clusters(_spark(args), args.dir, partitions=args.partitions)
    print(f"{r.pairs} verified pairs over {r.linked} quotes -> {r.clusters} multi-report clusters")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    cmd_identity(args)
    return cmd_cluster(args)


def cmd_load(args: argparse.Namespace) -> int:
    from quotegraph.spark.load import LoadError, check_output, load_dir
    from quotegraph.store import open_store

    try:
        check_output(args.dir)  # before the store is opened: a wrong folder creates no database
        with open_store(db_url(args)) as store:
            r = load_dir(store, args.dir, args.resolve)
    except LoadError as e:
        raise CommandError(str(e)) from e
    print(
        f"loaded {r.articles} articles, {r.quotes} quotes, {r.errors} errors; {r.speakers} speakers and"
        f" {r.clusters} clusters ({r.resolved_by} resolution)"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    """A stand-alone parser with the same commands, for ``spark-submit`` (see ``job.py``)."""
    parser = argparse.ArgumentParser(prog="quotegraph-spark", description="quotegraph on Apache Spark")
    sub = parser.add_subparsers(dest="command", required=True)
    add_spark_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except CommandError as exc:
        print(f"quotegraph-spark: {exc}", file=sys.stderr)
        return exc.code


if __name__ == "__main__":
    sys.exit(main())
