"""Spark extract + identity + clusters + load give the single-machine store, table for table."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

import pytest

from quotegraph.cli.spark import register
from quotegraph.corpus import Corpus
from quotegraph.corpus.dates import normalise_date
from quotegraph.ingest import article_key
from quotegraph.model import Article, ArticleResult, Quote
from quotegraph.spark.extract_job import table_path
from quotegraph.spark.load import load_dir, rows
from quotegraph.spark.records import result_records
from quotegraph.spark.tables import EXTRACT_TABLES, PARTITION_COLUMNS, ddl
from quotegraph.store import open_store
from quotegraph.store.base import QUOTE_COLUMNS

from .articles import BELIEF, write_inputs

TABLES = {
    "articles": "key", "quotes": "id", "speakers": "id", "speaker_aliases": "speaker_id, alias",
    "speaker_roles": "speaker_id, role", "speaker_outlets": "speaker_id, scope, outlet",
    "speaker_top_quotes": "speaker_id, scope, place", "clusters": "id", "errors": "source",
}  # fmt: skip


def cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="quotegraph")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return int(args.func(args))


def columns(table: str) -> str:
    """Every column, PostgreSQL's full-text column aside."""
    return ", ".join((*QUOTE_COLUMNS, "speaker_id", "cluster_id", "wording")) if table == "quotes" else "*"


def dump(db: str) -> dict[str, list[tuple[Any, ...]]]:
    with open_store(db) as store:
        return {
            t: [tuple(r) for r in store.query(f"SELECT {columns(t)} FROM {t} ORDER BY {key}")]
            for t, key in TABLES.items()
        }


@pytest.fixture(scope="module")
def run(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("same")
    inputs = write_inputs(root / "inputs")
    out = str(root / "out")
    assert cli("spark", "extract", str(inputs), "--out", out, "--partitions", "2") == 0
    assert cli("spark", "resolve", out, "--partitions", "2") == 0
    with open_store(str(root / "spark.db")) as store:
        assert load_dir(store, out).resolved_by == "spark"
    with Corpus(str(root / "local.db")) as corpus:
        corpus.ingest([inputs])
    return {"root": root, "inputs": inputs, "out": out}


def test_every_table_equals_the_single_machine_store(run: dict[str, Any]) -> None:
    local, spark = dump(str(run["root"] / "local.db")), dump(str(run["root"] / "spark.db"))
    assert local["articles"] and local["quotes"] and local["speakers"] and local["clusters"]
    assert {t: len(r) for t, r in spark.items()} == {t: len(r) for t, r in local.items()}
    for table in TABLES:
        assert spark[table] == local[table], table


def test_every_kind_is_kept_and_speakers_count_statements(run: dict[str, Any]) -> None:
    """The quotes table holds the belief as the store does; the resolved speakers count it only in the
    every-kind columns, as the store's speakers table does."""
    kinds = {r[QUOTE_COLUMNS.index("text")]: r[QUOTE_COLUMNS.index("kind")] for b in rows(run["out"], "quotes") for r in b}
    assert kinds[BELIEF] == "belief" and "statement" in kinds.values()
    resolved = sorted(r for batch in rows(f"{run['out']}/resolved", "speakers", partitioned=False) for r in batch)
    local = dump(str(run["root"] / "local.db"))["speakers"]
    assert resolved == local
    okafor = next(r for r in resolved if r[1] == "Dana Okafor")
    assert okafor[6] == okafor[2] + 1  # n_quotes_all: her statements and the belief


def test_load_into_postgresql_gives_the_sqlite_tables(run: dict[str, Any]) -> None:
    """Before the re-run test, which adds a batch to the output."""
    url = os.environ.get("QUOTEGRAPH_TEST_PG")
    if not url:
        pytest.skip("QUOTEGRAPH_TEST_PG is not set")
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS spark_load CASCADE")
        conn.execute("CREATE SCHEMA spark_load")
    db = f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3Dspark_load"
    with open_store(db) as store:
        assert load_dir(store, run["out"]).resolved_by == "spark"
    assert dump(db) == dump(str(run["root"] / "spark.db"))


def test_bad_records_land_in_the_errors_table(run: dict[str, Any]) -> None:
    errors = dict(r for batch in rows(run["out"], "errors") for r in batch)
    feed = str(run["inputs"] / "feed.jsonl")
    assert errors[f"{feed}:4"].startswith("malformed line")
    assert errors[f"{feed}:5"] == "no text"
    assert errors[f"{feed}:6"].startswith("not English")
    assert errors[str(run["inputs"] / "notes" / "latin.txt")].startswith("undecodable")


def test_rerun_replaces_its_partitions_and_keeps_other_batches(spark: Any, run: dict[str, Any]) -> None:
    from quotegraph.spark.extract_job import run_extract

    def count(table: str) -> int:
        return int(spark.read.parquet(f"{run['out']}/{table}").count())

    before = {t: count(t) for t in ("articles", "quotes", "speaker_mentions", "errors")}
    again = run_extract(spark, [str(run["inputs"])], run["out"], partitions=2)
    assert again.duplicates == 1
    assert {t: count(t) for t in before} == before
    extra = run["root"] / "extra"
    extra.mkdir()
    (extra / "more.jsonl").write_text(
        '{"id": "x", "text": "No quotes here at all, just a day at the sea."}\n'
    )
    other = run_extract(spark, [str(extra)], run["out"], batch="extra", partitions=2)
    assert (other.articles, other.quotes) == (1, 0)
    assert count("articles") == before["articles"] + 1
    assert count("quotes") == before["quotes"]
    batches = {r[0] for r in spark.read.parquet(f"{run['out']}/articles").select("batch").collect()}
    assert batches == {again.batch, "extra"}


def test_load_without_spark_resolution_resolves_in_the_store(run: dict[str, Any], tmp_path: Path) -> None:
    db = str(tmp_path / "local-resolve.db")
    assert cli("load", run["out"], "--db", db, "--resolve", "local") == 0
    assert dump(db)["speakers"] == dump(str(run["root"] / "local.db"))["speakers"]


PROMISE = "We will rebuild the harbour wall before the winter storms arrive and the fleet is home again"
UNSURE = [  # (id, outlet, published, [(quote text, speaker, kind, confidence)]), the earliest report unsure
    ("u1", "Early Bird", "2024-05-01", [(PROMISE, "Ingrid Solberg", "statement", 0.3)]),
    ("u2", "Fjord Times", "2024-05-02", [(PROMISE, "Ingrid Solberg", "statement", 0.9),
                                         ("the money is already set aside", "Solberg", "statement", 0.4)]),
    ("u3", "Coast Daily", "2024-05-03", [(PROMISE + ".", "Mayor Ingrid Solberg", "statement", 0.8),
                                         ("the storms will get worse", "Ingrid Solberg", "belief", 0.2)]),
]  # fmt: skip


def test_summaries_at_the_floor_equal_the_store_s(spark: Any, tmp_path: Path) -> None:
    """Statements below the default floor (0.5), the earliest report of a cluster among them: the
    Spark jobs' speakers, outlets, top quotes and clusters equal the store's. The extract job's rows
    are written by its own per-record code (the confidences fixed, no model run)."""
    out, local = str(tmp_path / "out"), str(tmp_path / "local.db")
    tagged: list[tuple[str, tuple[Any, ...]]] = []
    with Corpus(local) as corpus:
        for rank, (aid, outlet, published, said) in enumerate(UNSURE):
            text = " ".join(f'"{t}," {who} said.' for t, who, _, _ in said)
            quotes = []
            for t, who, kind, confidence in said:
                start = text.index(t)
                quotes.append(Quote(start, start + len(t), t, "direct", speaker=who, kind=kind,  # type: ignore[arg-type]
                                    confidence=confidence, speaker_kind="person"))  # fmt: skip
            article = Article(aid, text, outlet=outlet, published=published)
            key, source = article_key(article), f"{aid}.txt"
            fields = (article.id, article.text, article.url, article.outlet, article.published, article.title)
            tagged += result_records((key, (rank, 0), source, fields), ArticleResult(aid, quotes), "b")
            with corpus.store.transaction():
                corpus.store.add_article(key, article, quotes, source, normalise_date(published))
        corpus.resolve()
    for table in EXTRACT_TABLES:
        frame = spark.createDataFrame([row for t, row in tagged if t == table], schema=ddl(table))
        frame.write.mode("overwrite").partitionBy(*PARTITION_COLUMNS).parquet(table_path(out, table))
    assert cli("spark", "resolve", out, "--partitions", "2") == 0
    with open_store(str(tmp_path / "spark.db")) as store:
        assert load_dir(store, out).resolved_by == "spark"
    on_spark, on_store = dump(str(tmp_path / "spark.db")), dump(local)
    for table in TABLES:
        assert on_spark[table] == on_store[table], table
    for table in ("speakers", "speaker_aliases", "speaker_roles", "speaker_outlets"):  # as the identity job wrote them
        resolved = [tuple(r) for batch in rows(f"{out}/resolved", table, partitioned=False) for r in batch]
        assert sorted(resolved) == sorted(on_store[table]), table
    [(n, n_articles, first_seen, n_all)] = [r[2:5] + r[6:7] for r in on_store["speakers"]]
    assert (n, n_articles, first_seen, n_all) == (2, 2, "2024-05-02T00:00:00", 5)
    [cluster] = on_store["clusters"]
    assert (cluster[1], cluster[3]) == (3, f"{article_key_of(0)}-0")  # every report, the unsure earliest
    top = {(r[4], r[1]): r[2:4] for r in on_store["speaker_top_quotes"]}
    assert top[("statements", 0)] == (f"{article_key_of(1)}-0", 2)
    assert top[("all", 0)] == (f"{article_key_of(0)}-0", 3)


def article_key_of(rank: int) -> str:
    aid, outlet, published, said = UNSURE[rank]
    text = " ".join(f'"{t}," {who} said.' for t, who, _, _ in said)
    return article_key(Article(aid, text, outlet=outlet, published=published))
