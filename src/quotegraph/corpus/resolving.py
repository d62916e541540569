"""Recompute speaker identities and quote clusters over the whole store, in one transaction.

Both are functions of the set of quotes alone (not of the order they came in), so an
interrupted and resumed ingest ends with the same speakers and clusters as a clean one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from quotegraph.resolve import (
    ClusterSettings,
    Mention,
    Resolution,
    cluster_quotes,
    parse_name,
    resolve_speakers,
)
from quotegraph.resolve.names import fold
from quotegraph.store import Store
from quotegraph.store.base import Row


@dataclass(frozen=True)
class QuoteFacts:
    id: str
    article_key: str
    speaker: str | None
    role: str | None
    outlet: str | None
    published_at: str | None
    text: str
    addressee: str | None
    target: str | None
    speaker_id: str | None
    cluster_id: str | None


@dataclass
class ResolveReport:
    speakers: int = 0
    clusters: int = 0
    changed_quotes: int = 0


def load_quotes(store: Store) -> list[QuoteFacts]:
    sql = (
        "SELECT id, article_key, speaker, role, outlet, published_at, text, addressee, target,"
        " speaker_id, cluster_id FROM quotes ORDER BY id"
    )
    return [QuoteFacts(*row) for row in store.iterate(sql)]


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


def resolve_corpus(store: Store, settings: ClusterSettings | None = None) -> ResolveReport:
    quotes = load_quotes(store)
    resolution = resolve_speakers(mentions(quotes))
    speaker_of = [resolution.links[q.id].speaker_id if q.id in resolution.links else None for q in quotes]
    labels = cluster_quotes([q.text for q in quotes], speaker_of, settings)
    cluster_of = [quotes[int(label)].id for label in labels]

    changed = [
        (sid, cid, q.id)
        for q, sid, cid in zip(quotes, speaker_of, cluster_of, strict=True)
        if (q.speaker_id, q.cluster_id) != (sid, cid)
    ]
    speaker_rows, alias_rows, role_rows = _speaker_tables(quotes, speaker_of, resolution)
    cluster_rows = _cluster_rows(quotes, labels)
    with store.transaction():
        if changed:
            store.executemany("UPDATE quotes SET speaker_id = ?, cluster_id = ? WHERE id = ?", changed)
        for table in ("speakers", "speaker_aliases", "speaker_roles", "clusters"):
            store.execute(f"DELETE FROM {table}")
        store.executemany("INSERT INTO speakers VALUES (?, ?, ?, ?)", speaker_rows)
        store.executemany("INSERT INTO speaker_aliases VALUES (?, ?, ?, ?)", alias_rows)
        store.executemany("INSERT INTO speaker_roles VALUES (?, ?, ?, ?, ?)", role_rows)
        store.executemany("INSERT INTO clusters VALUES (?, ?, ?, ?)", cluster_rows)
    return ResolveReport(len(speaker_rows), len(cluster_rows), len(changed))


def _speaker_tables(
    quotes: list[QuoteFacts], speaker_of: list[str | None], resolution: Resolution
) -> tuple[list[Row], list[Row], list[Row]]:
    n_quotes: Counter[str] = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    alias_n: Counter[tuple[str, str]] = Counter()
    alias_reasons: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    roles: dict[tuple[str, str], list[tuple[str, str | None]]] = defaultdict(list)
    for q, sid in zip(quotes, speaker_of, strict=True):
        if sid is None:
            continue
        link = resolution.links[q.id]
        n_quotes[sid] += 1
        articles[sid].add(q.article_key)
        alias_n[(sid, link.alias)] += 1
        alias_reasons[(sid, link.alias)][link.reason] += 1
        parsed = parse_name(q.speaker)
        role = q.role or (parsed.title if parsed else None)
        if role:
            roles[(sid, fold(role))].append((role, q.published_at[:10] if q.published_at else None))
    speaker_rows = [
        (sid, resolution.names[sid], n, len(articles[sid])) for sid, n in sorted(n_quotes.items())
    ]
    alias_rows = [
        (sid, alias, n, _most_common(alias_reasons[(sid, alias)]))
        for (sid, alias), n in sorted(alias_n.items())
    ]
    role_rows: list[Row] = []
    for (sid, _), seen in sorted(roles.items()):
        dates = sorted(d for _, d in seen if d)
        spelled = _most_common(Counter(r for r, _ in seen))
        role_rows.append((sid, spelled, dates[0] if dates else None, dates[-1] if dates else None, len(seen)))
    return speaker_rows, alias_rows, role_rows


def _most_common(counter: Counter[str]) -> str:
    return min(counter, key=lambda k: (-counter[k], k))


def _cluster_rows(quotes: list[QuoteFacts], labels: np.ndarray) -> list[Row]:
    members: dict[int, list[QuoteFacts]] = defaultdict(list)
    for q, label in zip(quotes, labels.tolist(), strict=True):
        members[int(label)].append(q)
    rows: list[Row] = []
    for label, qs in sorted(members.items()):
        if len(qs) < 2:
            continue
        earliest = min(qs, key=lambda q: (q.published_at is None, q.published_at or "", q.id))
        outlets = {q.outlet for q in qs if q.outlet}
        rows.append((quotes[label].id, len(qs), len(outlets), earliest.id))
    return rows
