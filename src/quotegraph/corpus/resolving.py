"""Recompute speaker identities and quote clusters over the whole store, in one transaction.

Both are functions of the set of quotes alone (not of the order they came in), so an
interrupted and resumed ingest ends with the same speakers and clusters as a clean one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields

import numpy as np

from quotegraph.corpus.summaries import QuoteFacts, cluster_wordings, summarise
from quotegraph.resolve import (
    ClusterSettings,
    Mention,
    Resolution,
    cluster_quotes,
    parse_name,
    resolve_speakers,
)
from quotegraph.resolve.clusters import speaker_key
from quotegraph.store import Store

SUMMARY_TABLES = {
    "speakers": "id, name, n_quotes, n_articles, first_seen, last_seen, n_quotes_all, n_articles_all,"
    " first_seen_all, last_seen_all",
    "speaker_aliases": "speaker_id, alias, n, reason",
    "speaker_roles": "speaker_id, role, first_seen, last_seen, n",
    "speaker_outlets": "speaker_id, outlet, n, scope",
    "speaker_top_quotes": "speaker_id, place, quote_id, size, scope",
    "clusters": "id, size, n_outlets, earliest_quote, n_articles, n_altered",
}


@dataclass
class ResolveReport:
    speakers: int = 0
    clusters: int = 0
    changed_quotes: int = 0


QUOTE_FACTS = tuple(f.name for f in fields(QuoteFacts))
"""The quote columns resolution reads, in ``QuoteFacts`` order."""


def load_quotes(store: Store) -> list[QuoteFacts]:
    return [QuoteFacts(*row) for row in store.quote_columns(QUOTE_FACTS)]


def mentions(quotes: list[QuoteFacts]) -> list[Mention]:
    named: dict[str, set[str]] = defaultdict(set)
    for q in quotes:
        for raw in (q.speaker, q.addressee, q.target):
            parsed = parse_name(raw)
            if parsed is not None:
                named[q.article_key].add(parsed.surname_key)
    out = []
    for q in quotes:
        parsed = parse_name(q.speaker)
        own = parsed.surname_key if parsed else ""
        others = frozenset(named[q.article_key] - {own})
        out.append(Mention(q.id, q.article_key, q.speaker, q.role, q.outlet, q.published_at, others))
    return out


def corrected(
    store: Store, quotes: list[QuoteFacts], speaker_of: list[str | None], resolution: Resolution
) -> tuple[list[str | None], Resolution]:
    """Speakers as the store's corrections leave them (``corpus.replay``)."""
    from quotegraph.corpus.replay import replay
    from quotegraph.store.corrections import corrections

    kept = corrections(store)
    if not kept:
        return speaker_of, resolution
    return replay(kept, [q.id for q in quotes], speaker_of, resolution)


def resolve_corpus(store: Store, settings: ClusterSettings | None = None) -> ResolveReport:
    quotes = load_quotes(store)
    resolution = resolve_speakers(mentions(quotes))
    speaker_of = [resolution.links[q.id].speaker_id if q.id in resolution.links else None for q in quotes]
    speaker_of, resolution = corrected(store, quotes, speaker_of, resolution)
    labels = cluster_quotes(
        [q.text for q in quotes], said_by(quotes, speaker_of), settings, [q.type == "direct" for q in quotes]
    )
    return apply_resolution(store, quotes, speaker_of, labels, resolution)


def said_by(quotes: list[QuoteFacts], speaker_of: list[str | None]) -> list[str | None]:
    """Who said each quote, for clustering (``speaker_key``)."""
    return [speaker_key(sid, q.speaker) for q, sid in zip(quotes, speaker_of, strict=True)]


def apply_resolution(
    store: Store,
    quotes: list[QuoteFacts],
    speaker_of: list[str | None],
    labels: np.ndarray,
    resolution: Resolution,
) -> ResolveReport:
    """Write speaker links, cluster labels and the summary tables in one transaction; ``quotes``
    are the whole store's (``load_quotes``), however the links and labels were computed (here or
    by the Spark jobs)."""
    speaker_of, resolution = corrected(store, quotes, speaker_of, resolution)  # (again, for Spark's)
    cluster_of = [quotes[label].id for label in labels.tolist()]
    wordings = cluster_wordings(quotes, labels)
    before = store.wordings()
    changed = [
        (sid, cid, wordings.get(q.id), q.id)
        for q, sid, cid in zip(quotes, speaker_of, cluster_of, strict=True)
        if (q.speaker_id, q.cluster_id, before.get(q.id)) != (sid, cid, wordings.get(q.id))
    ]
    tables = summarise(quotes, speaker_of, labels, resolution, wordings)
    with store.transaction():
        if changed:
            store.update_links(changed)
        for table, columns in SUMMARY_TABLES.items():
            rows = getattr(tables, table.removeprefix("speaker_"))
            store.replace_rows(table, [c.strip() for c in columns.split(",")], rows)
    return ResolveReport(len(tables.speakers), len(tables.clusters), len(changed))
