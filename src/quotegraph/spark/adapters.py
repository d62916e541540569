"""Thin adapters to store/resolve code that is not (yet) public, kept in one place.

Each wraps single-machine code unchanged so the Spark jobs share its behaviour; none copies an
algorithm. What should move upstream (then these become plain imports):

- ``union_components``: ``resolve.clusters._components`` made public, or ``cluster_quotes`` split into
  ``verified_pairs(texts, settings)`` and ``components(pairs, speakers)``.
- ``apply_resolution``: ``corpus.resolving.apply_resolution`` (the write half of ``resolve_corpus``)
  giving (speakers, clusters).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from quotegraph.corpus import resolving
from quotegraph.corpus.resolving import QuoteFacts
from quotegraph.resolve import Resolution
from quotegraph.resolve.clusters import _components
from quotegraph.store import Store


def union_components(n: int, who: Sequence[int], a: Sequence[int], b: Sequence[int]) -> np.ndarray:
    """``cluster_quotes``' union-find over verified pairs, in order, never joining two known speakers."""
    return _components(
        np.arange(n, dtype=np.int64),
        np.asarray(who, dtype=np.int64),
        np.asarray(a, dtype=np.int64),
        np.asarray(b, dtype=np.int64),
    )


def apply_resolution(
    store: Store,
    quotes: list[QuoteFacts],
    speaker_of: list[str | None],
    labels: np.ndarray,
    resolution: Resolution,
) -> tuple[int, int]:
    """``corpus.resolving.apply_resolution``: (speakers, clusters)."""
    report = resolving.apply_resolution(store, quotes, speaker_of, labels, resolution)
    return report.speakers, report.clusters
