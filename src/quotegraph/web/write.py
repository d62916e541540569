"""Extraction and the writes the server offers (token required): add an article, correct the record.

Extraction is CPU-heavy and holds spaCy's model, so the server runs one at a time; a request
that cannot get its turn within ``WAIT_SECONDS`` is told to come back later (503), and one whose
extraction runs past the server's budget stops (``TooLong``), so the next request gets its turn.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from quotegraph.model import Article, Quote, Scope
from quotegraph.store.corrections import Correction, record
from quotegraph.store.queries import in_scope
from quotegraph.store.views import article_count
from quotegraph.web.stores import StorePool

WAIT_SECONDS = 30.0


class Busy(Exception):
    """Another extraction has held the model for longer than a request should wait."""


class TooLong(Busy):
    """The extraction ran past the request's time budget and was stopped."""


class Unreadable(ValueError):
    """The text cannot be read as an English article; the message says why."""


@dataclass(frozen=True)
class Added:
    key: str
    n_quotes: int
    """The article's statements at the default floor (what its page shows by default); every kind
    at any confidence is kept."""
    created: bool
    """False when the same article (same content hash) was already in the corpus."""


class Extractor:
    def __init__(self, budget: float | None = None) -> None:
        """``budget``: seconds a request's extraction may take, waiting for its turn included,
        before it is stopped (None: no limit)."""
        self._turn = threading.Lock()
        self.budget = budget

    def quotes(
        self, text: str, scope: Scope = "statements", min_confidence: float | None = None
    ) -> list[Quote]:
        """The quotes of ``text`` (``extract``'s ``scope`` and ``min_confidence``: statements by default);
        ``Unreadable`` when it is not an English article, ``Busy`` when the model is taken too long,
        ``TooLong`` when the extraction ran past the budget (it stops then, freeing the model)."""
        from quotegraph.extract import extract
        from quotegraph.extract.deadline import ExtractionTimeout, time_limit

        started = time.monotonic()
        wait = WAIT_SECONDS if self.budget is None else min(WAIT_SECONDS, self.budget)
        if not self._turn.acquire(timeout=wait):
            raise Busy
        try:
            left = None if self.budget is None else max(0.0, self.budget - (time.monotonic() - started))
            with time_limit(left):
                return extract(text, scope=scope, min_confidence=min_confidence)
        except ExtractionTimeout as exc:
            raise TooLong(f"extraction took longer than {self.budget:g} s") from exc
        except ValueError as exc:
            raise Unreadable(str(exc)) from exc
        finally:
            self._turn.release()

    def add(self, pool: StorePool, article: Article) -> Added:
        """Extract ``article``, keep it with its quotes (every kind, as ingest keeps them), and re-link
        speakers and quote clusters.

        A store is held only to look the article up and, one writer at a time, to write it, so
        that writers waiting for their turn never take the connections the pages read with.
        """
        from quotegraph.corpus.ingesting import keep_article
        from quotegraph.corpus.resolving import resolve_corpus
        from quotegraph.ingest import article_key

        key = article_key(article)
        with pool.store() as store:
            known = article_count(store, key)
        if known is not None:
            return Added(key, known, False)
        quotes = self.quotes(article.text, scope="all", min_confidence=0.0)
        statements = sum(1 for q in quotes if in_scope(q.kind, "statements", q.confidence))
        if not self._turn.acquire(timeout=WAIT_SECONDS):
            raise Busy
        try:
            with pool.store() as store:
                if store.known_keys([key]):  # written meanwhile by another request
                    return Added(key, statements, False)
                with store.transaction():
                    keep_article(store, key, article, quotes, "web")
                resolve_corpus(store)
        finally:
            self._turn.release()
        return Added(key, statements, True)

    def correct(self, pool: StorePool, correction: Correction) -> Correction:
        """Keep ``correction`` (``BadCorrection`` when it cannot be made) and re-resolve, so that
        every page shows it; one writer at a time, as with articles."""
        from quotegraph.corpus.resolving import resolve_corpus

        if not self._turn.acquire(timeout=WAIT_SECONDS):
            raise Busy
        try:
            with pool.store() as store:
                with store.transaction():
                    kept = record(store, correction)
                resolve_corpus(store)
        finally:
            self._turn.release()
        return kept
