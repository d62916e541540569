"""Per-record work of the extract job, plain Python (no pyspark): what runs inside each Spark task.

A record is a tagged row ``(table, row)``; rows are tuples in the table's column order
(``tables.COLUMNS``) followed by the partition columns ``date`` and ``batch``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from quotegraph.corpus.dates import normalise_date
from quotegraph.corpus.resolving import QuoteFacts, mentions
from quotegraph.ingest import IngestError, article_key
from quotegraph.model import Article, ArticleResult
from quotegraph.resolve import parse_name
from quotegraph.spark.sources import InputFile, read_blob
from quotegraph.spark.tables import ARTICLES, ERRORS, MENTIONS, QUOTES, UNKNOWN_DATE, day
from quotegraph.store.base import QUOTE_COLUMNS, quote_row

Tagged = tuple[str, tuple[Any, ...]]
ReadRecord = tuple[str, tuple[int, ...], str, tuple[Any, ...]]
"""(article key, place in the reading order, source, article fields): one article read."""


def error_record(source: str, reason: str, batch: str, date: str = UNKNOWN_DATE) -> Tagged:
    return ERRORS, (source, reason, date, batch)


def read_file(file: InputFile, data: bytes, batch: str) -> Iterator[tuple[str, Any]]:
    """``("read", ReadRecord)`` per article and ``("error", Tagged)`` per unusable item of one file."""
    for position, item in enumerate(read_blob(file.display, data)):
        if isinstance(item, IngestError):
            yield "error", error_record(item.source, item.reason, batch)
            continue
        a = item.article
        fields = (a.id, a.text, a.url, a.outlet, a.published, a.title)
        yield "read", (article_key(a), (file.rank, position), item.source, fields)


def first_read(x: ReadRecord, y: ReadRecord) -> ReadRecord:
    """Of two reads of one article, the one the single-machine tool meets first."""
    return x if x[1] <= y[1] else y


def extract_partition(
    reads: Iterable[ReadRecord], batch: str, batch_size: int = 16, ner: bool | None = None
) -> Iterator[Tagged]:
    """Extraction over one partition's articles with this process's cached spaCy pipeline.

    ``extract_many`` calls ``load_nlp()``, cached per process: with Python worker reuse (Spark's
    default) the model loads once per executor worker, not once per task or record. ``ner`` as
    ``quotegraph --ner``; ``None`` keeps the worker's ``QUOTEGRAPH_NER``.
    """
    from quotegraph.extract import ExtractConfig, extract_many

    config = ExtractConfig.from_env() if ner is None else ExtractConfig(ner=ner)

    pending: deque[ReadRecord] = deque()

    def articles() -> Iterator[Article]:
        for record in reads:
            pending.append(record)
            yield Article(*record[3])

    # Every kind at any confidence, as the store keeps (``corpus.ingesting``).
    results = extract_many(
        articles(), n_process=1, batch_size=batch_size, scope="all", min_confidence=0.0, config=config
    )
    for result in results:
        yield from result_records(pending.popleft(), result, batch)


def result_records(record: ReadRecord, result: ArticleResult, batch: str) -> Iterator[Tagged]:
    """The rows one article gives: article, quotes and speaker mentions, or one error with its reason."""
    key, _, source, fields = record
    article = Article(*fields)
    published_at = normalise_date(article.published)
    date = day(published_at)
    if result.error is not None:
        yield error_record(source, result.error, batch, date)
        return
    yield ARTICLES, (
        key, article.id, source, article.url, article.outlet, article.published, published_at,
        article.title, article.text, len(result.quotes), date, batch,
    )  # fmt: skip
    rows = [quote_row(key, i, q, article.outlet, published_at) for i, q in enumerate(result.quotes)]
    for row in rows:
        yield QUOTES, (*row, date, batch)
    facts = [quote_facts(dict(zip(QUOTE_COLUMNS, row, strict=True))) for row in rows]
    for f, m in zip(facts, mentions(facts), strict=True):
        parsed = parse_name(m.speaker)
        if parsed is None:
            continue
        yield MENTIONS, (
            m.quote_id, m.article_key, m.speaker, m.role, m.outlet, m.published_at,
            sorted(m.co_mentioned), parsed.surname_key, f.kind, f.confidence, date, batch,
        )  # fmt: skip


def quote_facts(q: dict[str, Any], speaker_id: str | None = None) -> QuoteFacts:
    """What ``corpus.resolving`` knows of a quote, from a quote row keyed by column; a row without
    a kind is a statement (what older extraction kept), one without a confidence below every floor."""
    return QuoteFacts(
        q["id"], q["article_key"], q.get("speaker"), q.get("role"), q.get("outlet"), q.get("published_at"),
        q.get("text") or "", q.get("addressee"), q.get("target"), speaker_id, None,
        q.get("kind") or "statement", float(q.get("confidence") or 0.0), type=q.get("type") or "direct",
    )  # fmt: skip
