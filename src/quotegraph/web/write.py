"""Extraction and the one write the server offers: add an article to the corpus (token required).

Extraction is CPU-heavy and holds spaCy's model, so the server runs one at a time; a request
that cannot get its turn within ``WAIT_SECONDS`` is told to come back later (503).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from quotegraph.model import Article, Quote
from quotegraph.web.stores import StorePool

WAIT_SECONDS = 30.0


class Busy(Exception):
    """Another extraction has held the model for longer than a request should wait."""


class Unreadable(ValueError):
    """The text cannot be read as an English article; the message says why."""


@dataclass(frozen=True)
class Added:
    key: str
    n_quotes: int
    created: bool
    """False when the same article (same content hash) was already in the corpus."""


class Extractor:
    def __init__(self) -> None:
        self._turn = threading.Lock()

    def quotes(self, text: str) -> list[Quote]:
        """The quotes of ``text``; ``Unreadable`` when it is not an English article, ``Busy`` when loaded."""
        from quotegraph.extract import extract

        if not self._turn.acquire(timeout=WAIT_SECONDS):
            raise Busy
        try:
            return extract(text)
        except ValueError as exc:
            raise Unreadable(str(exc)) from exc
        finally:
            self._turn.release()

    def add(self, pool: StorePool, article: Article) -> Added:
        """Extract ``article``, keep it with its quotes, and re-link speakers and quote clusters.

        A store is held only to look the article up and, one writer at a time, to write it, so
        that writers waiting for their turn never take the connections the pages read with.
        """
        from quotegraph.corpus.dates import normalise_date
        from quotegraph.corpus.resolving import resolve_corpus
        from quotegraph.ingest import article_key

        key = article_key(article)
        with pool.store() as store:
            known = store.query("SELECT n_quotes FROM articles WHERE key = ?", [key])
        if known:
            return Added(key, int(known[0][0]), False)
        quotes = self.quotes(article.text)
        if not self._turn.acquire(timeout=WAIT_SECONDS):
            raise Busy
        try:
            with pool.store() as store:
                if store.known_keys([key]):  # written meanwhile by another request
                    return Added(key, len(quotes), False)
                with store.transaction():
                    store.add_article(key, article, quotes, "web", normalise_date(article.published))
                resolve_corpus(store)
        finally:
            self._turn.release()
        return Added(key, len(quotes), True)
