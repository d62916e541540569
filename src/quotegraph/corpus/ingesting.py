"""Read -> check -> extract -> store, a batch per transaction, so a killed run resumes cleanly.

An article already in the store (same content hash) is neither extracted nor written again. The
store keeps every attribution extraction finds, of every kind and any confidence; what is shown is
chosen when reading (``store.queries``: statements by default).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from quotegraph.corpus.dates import normalise_date
from quotegraph.ingest import IngestError, Read, article_key, read_paths, total_bytes
from quotegraph.model import Article, ArticleResult, Quote
from quotegraph.store import Store
from quotegraph.store.base import Row, article_row, quote_row

ExtractMany = Callable[..., Iterator[ArticleResult]]
"""``extract_many``'s signature: (articles, n_process=, scope=, min_confidence=) -> results in order."""
CheckText = Callable[[str], str | None]


@dataclass
class IngestReport:
    articles: int = 0
    quotes: int = 0
    known: int = 0
    """Articles already in the store, or seen earlier in this run."""
    errors: int = 0


def default_extractor() -> tuple[ExtractMany, CheckText]:
    from quotegraph.extract import check_text, extract_many

    return extract_many, check_text


def ingest_paths(
    store: Store,
    paths: Sequence[str | Path],
    *,
    batch_size: int = 50,
    n_process: int = 1,
    progress: bool = True,
    extractor: tuple[ExtractMany, CheckText] | None = None,
) -> IngestReport:
    extract_many, check_text = extractor or default_extractor()
    report = IngestReport()
    bar = tqdm(total=total_bytes(paths), unit="B", unit_scale=True, desc="ingest", disable=not progress)
    pending: deque[tuple[Read, str]] = deque()
    errors: list[IngestError] = []
    seen: set[str] = set()

    def fresh() -> Iterator[Article]:
        for item in read_paths(paths, on_bytes=bar.update):
            if isinstance(item, IngestError):
                errors.append(item)
                continue
            key = article_key(item.article)
            if key in seen or store.known_keys([key]):
                report.known += 1
                continue
            seen.add(key)
            reason = check_text(item.article.text)
            if reason is not None:
                errors.append(IngestError(item.source, reason))
                continue
            pending.append((item, key))
            yield item.article

    batch: list[tuple[Read, str, ArticleResult]] = []
    try:
        for result in extract_many(fresh(), n_process=n_process, scope="all", min_confidence=0.0):
            read, key = pending.popleft()
            batch.append((read, key, result))
            if len(batch) >= batch_size:
                _write(store, batch, errors, report)
                bar.set_postfix(articles=report.articles, quotes=report.quotes, errors=report.errors)
        _write(store, batch, errors, report)
    finally:
        bar.close()
    return report


def keep_article(store: Store, key: str, article: Article, quotes: Sequence[Quote], source: str) -> None:
    """The one way an article and its quotes (every kind, any confidence) go into the store, its
    date normalised; call inside ``store.transaction()``. A known key is left alone."""
    store.add_article(key, article, quotes, source, normalise_date(article.published))


def _write(
    store: Store,
    batch: list[tuple[Read, str, ArticleResult]],
    errors: list[IngestError],
    report: IngestReport,
) -> None:
    """Commit a batch of articles and the errors met so far: all of it, or (killed) none of it."""
    articles: list[Row] = []
    quotes: list[Row] = []
    failed: list[tuple[str, str]] = []
    for read, key, result in batch:
        if result.error is not None:
            failed.append((read.source, result.error))
            continue
        a = read.article
        published_at = normalise_date(a.published)
        articles.append(article_row(key, a, len(result.quotes), read.source, published_at))
        quotes.extend(quote_row(key, i, q, a.outlet, published_at) for i, q in enumerate(result.quotes))
    failed.extend((e.source, e.reason) for e in errors)
    with store.transaction():
        write_rows(store, articles, quotes, failed)
    report.articles += len(articles)
    report.quotes += len(quotes)
    report.errors += len(failed)
    batch.clear()
    errors.clear()


def write_rows(
    store: Store, articles: Sequence[Row], quotes: Sequence[Row], errors: Sequence[tuple[str, str]]
) -> None:
    """How batches of read articles reach the store (``ingest`` here, ``load`` of the Spark jobs'
    tables; ``keep_article`` writes the same rows for one article): article and quote rows in the
    store's column order (known keys and ids kept), then errors by source. An article written
    clears its source's earlier error (fixed since it last failed). Call inside ``transaction()``."""
    store.add_article_rows(articles)
    store.add_quotes(quotes)
    store.clear_errors([row[2] for row in articles if row[2] is not None])
    for source, reason in errors:
        store.add_error(source, reason)
