"""The identity job (``identity.py``) gives exactly what ``resolve_speakers`` gives, over mentions the
current and older extract jobs wrote, and its speaker summaries equal the store's at the floor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quotegraph.corpus import Corpus
from quotegraph.corpus.dates import normalise_date
from quotegraph.ingest import article_key
from quotegraph.model import Article, ArticleResult, Quote
from quotegraph.resolve import Mention, resolve_speakers
from quotegraph.resolve.names import parse_name
from quotegraph.spark.extract_job import table_path
from quotegraph.spark.identity import run_identity
from quotegraph.spark.load import load_dir, rows
from quotegraph.spark.records import result_records
from quotegraph.spark.tables import (
    EXTRACT_TABLES,
    MENTIONS,
    PARTITION_COLUMNS,
    QUOTE_SPEAKERS,
    QUOTES,
    SPEAKERS,
    ddl,
)
from quotegraph.store import open_store

from .stores import TABLES, cli, dump
from .stores import write_table as write

NAMES = [
    ("Ingrid Solberg", "mayor", "Fjord Times"), ("Solberg", None, "Fjord Times"), ("Ingrid Solberg", None, "Coast Daily"),
    ("Erik Solberg", "fisherman", "Coast Daily"), ("Solberg", "fisherman", "Coast Daily"), ("Mr. Solberg", None, None),
    ("Steve Marlow", "envoy", "Wire"), ("Stephen Marlow", None, "Wire"), ("Marlow", "envoy", "Post"),
    ("a spokeswoman", None, "Post"), ("Dana Okafor", "minister", "Post"), ("Okafor", None, "Wire"),
]  # fmt: skip


@pytest.mark.parametrize("layout", ["current", "older"])
def test_identity_job_equals_resolve_speakers(spark: Any, tmp_path: Path, layout: str) -> None:
    """``older``: half the mentions written by an extract job whose mentions had no confidence (their
    quotes table has it), half by the current one; the speakers are the same."""
    out = str(tmp_path / "out")
    mentions = []
    for i, (speaker, role, outlet) in enumerate(NAMES):
        article = f"art{i // 2}"
        others = sorted(
            {"okafor", "solberg"} - {parse_name(speaker).surname_key} if parse_name(speaker) else set()
        )
        mentions.append(Mention(f"{article}-{i}", article, speaker, role, outlet, f"2024-05-0{1 + i % 5}T00:00:00",
                                frozenset(others if i % 2 else ())))  # fmt: skip
    named = [(m, parse_name(m.speaker)) for m in mentions]
    kind = {m.quote_id: "belief" if i % 3 == 1 else "statement" for i, m in enumerate(mentions)}
    confidence = {m.quote_id: 0.3 if i % 4 == 2 else 0.9 for i, m in enumerate(mentions)}
    data = [
        (m.quote_id, m.article_key, m.speaker, m.role, m.outlet, m.published_at, sorted(m.co_mentioned),
         p.surname_key, kind[m.quote_id], confidence[m.quote_id], "2024-05-01", "b")
        for m, p in named if p is not None
    ]  # fmt: skip
    if layout == "current":
        write(spark, table_path(out, MENTIONS), MENTIONS, data)
    else:
        old, new = data[::2], data[1::2]
        without = ddl(MENTIONS).replace("`confidence` DOUBLE, ", "")
        assert without != ddl(MENTIONS)
        for schema, part in ((without, [r[:9] + r[10:-1] + ("old",) for r in old]),
                             (ddl(MENTIONS), [r[:-1] + ("new",) for r in new])):  # fmt: skip
            frame = spark.createDataFrame(part, schema=schema)
            frame.write.mode("append").partitionBy("date", "batch").parquet(table_path(out, MENTIONS))
        quotes = [(m.quote_id, m.article_key, 0, 0, 1, "...", "direct", m.speaker, None, None, None, m.role, None,
                   None, None, None, None, confidence[m.quote_id], m.outlet, m.published_at, kind[m.quote_id],
                   None, None, "2024-05-01", "b") for m in mentions]  # fmt: skip
        write(spark, table_path(out, QUOTES), QUOTES, quotes)

    report = run_identity(spark, out, partitions=2)

    expected = resolve_speakers(mentions)
    found = {
        r[0]: r[1:] for batch in rows(f"{out}/resolved", QUOTE_SPEAKERS, partitioned=False) for r in batch
    }
    assert found == {qid: (k.speaker_id, k.alias, k.reason) for qid, k in expected.links.items()}
    assert report.speakers == len(expected.names)
    # Each speaker's counts: statements at the default floor (0.5) in n_quotes, every kind in n_quotes_all.
    counts = {r[0]: (r[2], r[6]) for batch in rows(f"{out}/resolved", SPEAKERS, partitioned=False) for r in batch}
    links = expected.links.items()
    assert counts == {
        sid: (sum(k.speaker_id == sid and kind[q] == "statement" and confidence[q] >= 0.5 for q, k in links),
              sum(k.speaker_id == sid for _, k in links))
        for sid in expected.names
    }  # fmt: skip
    assert any(n < n_all for n, n_all in counts.values())
    unsure = {q for q, c in confidence.items() if kind[q] == "statement" and c < 0.5 and q in expected.links}
    assert unsure  # the floor is tested: some linked statements are below it


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
