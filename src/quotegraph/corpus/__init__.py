"""The Python API for a corpus: ingest articles, then search quotes, profile speakers, follow clusters.

>>> corpus = Corpus("quotegraph.db")            # or "postgresql://..."
>>> corpus.ingest(["articles/"])
>>> corpus.search("ceasefire", speaker="Witkoff", since="2025-03-01")
>>> corpus.search("ceasefire", scope="all", min_confidence=0.8)   # every kind, surer ones only

The store keeps every kind of attribution at any confidence; searches, profiles, clusters and
exports show statements at confidence 0.5 or more (what ``quotegraph extract`` shows) unless given
``scope="all"`` (every kind, any confidence) or, in searches and exports, another ``min_confidence``
(0 shows every quote of the scope).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO

from quotegraph.corpus.ingesting import CheckText, ExtractMany, IngestReport, ingest_paths
from quotegraph.corpus.resolving import ResolveReport, resolve_corpus
from quotegraph.model import Scope
from quotegraph.resolve import ClusterSettings
from quotegraph.store import Store, open_store
from quotegraph.store import queries as q
from quotegraph.store.export import export


class Corpus:
    def __init__(self, db: str | None = None) -> None:
        self.store: Store = open_store(db)

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        batch_size: int = 50,
        n_process: int = 1,
        progress: bool = False,
        resolve: bool = True,
        extractor: tuple[ExtractMany, CheckText] | None = None,
    ) -> IngestReport:
        report = ingest_paths(
            self.store,
            paths,
            batch_size=batch_size,
            n_process=n_process,
            progress=progress,
            extractor=extractor,
        )
        if resolve:
            self.resolve()
        return report

    def resolve(self, settings: ClusterSettings | None = None) -> ResolveReport:
        return resolve_corpus(self.store, settings)

    def errors(self) -> list[tuple[str, str]]:
        return self.store.errors()

    def search(self, text: str = "", **filters: str | int | float | None) -> list[q.QuoteRecord]:
        """Filters as ``queries.search``: speaker, outlet, since, until, target, type, scope,
        min_confidence, altered, limit."""
        return q.search(self.store, text, **filters)  # type: ignore[arg-type]

    def altered_by(self, cluster_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
        """For each cluster, the (outlet, quote id) of the reports that altered its words."""
        return q.altered_by(self.store, cluster_ids)

    def speakers(self, name: str, scope: Scope = "statements") -> list[tuple[str, str, int]]:
        return q.find_speakers(self.store, name, scope)

    def speaker(self, name: str, scope: Scope = "statements") -> q.SpeakerProfile | None:
        """The profile of the speaker best matching ``name`` (most quoted, if several)."""
        found = q.find_speakers(self.store, name, scope)
        return q.speaker_profile(self.store, found[0][0], scope) if found else None

    def quote(self, quote_id: str, scope: Scope = "statements") -> q.Cluster | None:
        return q.quote_cluster(self.store, quote_id, scope)

    def export(
        self, fmt: str, out: IO[bytes], scope: Scope = "statements", min_confidence: float | None = None
    ) -> int:
        return export(self.store, fmt, out, scope, min_confidence)


__all__ = ["Corpus", "IngestReport", "ResolveReport"]
