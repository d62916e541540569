"""Thin adapters to store/resolve code that is not (yet) public, kept in one place.

Each wraps single-machine code unchanged so the Spark jobs share its behaviour; none copies an
algorithm. What should move upstream (then these become plain imports):

- ``union_components``: ``resolve.clusters._components`` made public, or ``cluster_quotes`` split into
  ``verified_pairs(texts, settings)`` and ``components(pairs, speakers)``.
- ``insert_articles``: a ``Store.add_article_rows(rows)`` next to ``Store.add_quotes``.
- ``apply_resolution``: the write half of ``corpus.resolving.resolve_corpus`` as its own function
  (``resolve_corpus`` = compute links and labels, then ``apply_resolution``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from quotegraph.corpus.resolving import SUMMARY_TABLES, QuoteFacts
from quotegraph.corpus.summaries import summarise
from quotegraph.resolve import Resolution
from quotegraph.resolve.clusters import _components
from quotegraph.store import Store
from quotegraph.store.base import ARTICLE_COLUMNS, Row


def union_components(n: int, who: Sequence[int], a: Sequence[int], b: Sequence[int]) -> np.ndarray:
    """``cluster_quotes``' union-find over verified pairs, in order, never joining two known speakers."""
    return _components(
        np.arange(n, dtype=np.int64),
        np.asarray(who, dtype=np.int64),
        np.asarray(a, dtype=np.int64),
        np.asarray(b, dtype=np.int64),
    )


def insert_articles(store: Store, rows: Sequence[Row]) -> None:
    """Article rows in ``ARTICLE_COLUMNS`` order, as ``Store.add_article`` writes them; known keys kept."""
    if rows:
        columns = ", ".join(ARTICLE_COLUMNS)
        marks = ", ".join("?" * len(ARTICLE_COLUMNS))
        store.executemany(
            f"INSERT INTO articles ({columns}) VALUES ({marks}) ON CONFLICT (key) DO NOTHING", rows
        )


def apply_resolution(
    store: Store,
    quotes: list[QuoteFacts],
    speaker_of: list[str | None],
    labels: np.ndarray,
    resolution: Resolution,
) -> tuple[int, int]:
    """Write links, labels and the summary tables exactly as ``resolve_corpus`` does; ``quotes`` are
    the whole store's (``load_quotes``). Returns (speakers, clusters)."""
    cluster_of = [quotes[label].id for label in labels.tolist()]
    changed = [
        (sid, cid, q.id)
        for q, sid, cid in zip(quotes, speaker_of, cluster_of, strict=True)
        if (q.speaker_id, q.cluster_id) != (sid, cid)
    ]
    tables = summarise(quotes, speaker_of, labels, resolution)
    with store.transaction():
        if changed:
            store.update_links(changed)
        for table, columns in SUMMARY_TABLES.items():
            store.execute(f"DELETE FROM {table}")
            rows = getattr(tables, table.removeprefix("speaker_"))
            marks = ", ".join("?" * len(columns.split(",")))
            store.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
    return len(tables.speakers), len(tables.clusters)
