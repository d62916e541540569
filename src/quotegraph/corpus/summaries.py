"""The tables resolve writes besides the quotes' links: speakers, their aliases, roles, outlets and
top statements, and the clusters of two reports or more. Pure functions from rows to rows.

Identity and clusters cover every kind of attribution at any confidence. What is shown per speaker
(how many quotes, in how many articles, when, in which outlets, the most reported, and which report
of a cluster came first) is written for each scope at its default floor, as pages show it unless
asked otherwise: statements at confidence 0.5 or more, and every kind at any confidence ("all").
Names and roles are the speaker's whatever the kind and confidence of the attribution that gave
them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from quotegraph.model import Scope
from quotegraph.resolve import Resolution, parse_name
from quotegraph.resolve.names import fold
from quotegraph.resolve.wording import Wording, Words
from quotegraph.resolve.wording import cluster_wordings as wordings_in_order
from quotegraph.store.base import Row
from quotegraph.store.queries import SCOPES, in_scope

TOP_QUOTES = 5


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
    kind: str
    confidence: float
    hidden: bool = False
    """A correction says it is not a quote: kept, counted nowhere."""
    type: str = "direct"


@dataclass
class Tables:
    speakers: list[Row] = field(default_factory=list)
    aliases: list[Row] = field(default_factory=list)
    roles: list[Row] = field(default_factory=list)
    outlets: list[Row] = field(default_factory=list)
    top_quotes: list[Row] = field(default_factory=list)
    clusters: list[Row] = field(default_factory=list)


def shown(q: QuoteFacts, scope: Scope) -> bool:
    """Whether ``scope`` shows the quote by default (its kind, and its confidence at the floor)."""
    return not q.hidden and in_scope(q.kind, scope, q.confidence)


def _most_common(counter: Counter[str]) -> str:
    return min(counter, key=lambda k: (-counter[k], k))


def _when(q: QuoteFacts) -> tuple[bool, str, str]:
    """Publication order, undated last."""
    return (q.published_at is None, q.published_at or "", q.id)


def articles(reports: Sequence[QuoteFacts]) -> int:
    """How many articles report a statement: repeats within one article (a live blog) count once."""
    return len({q.article_key for q in reports})


def cluster_wordings(quotes: Sequence[QuoteFacts], labels: np.ndarray) -> dict[str, Wording]:
    """Each clustered report's wording against its cluster's earliest (``resolve.wording``); reports
    alone in their cluster have none."""
    members: dict[int, list[QuoteFacts]] = defaultdict(list)
    for q, label in zip(quotes, labels.tolist(), strict=True):
        members[int(label)].append(q)
    out: dict[str, Wording] = {}
    for qs in members.values():
        if len(qs) > 1:
            ordered = sorted(qs, key=_when)
            said = [(Words.of(q.text), q.type == "direct") for q in ordered]
            out.update(zip([q.id for q in ordered], wordings_in_order(said), strict=True))
    return out


def summarise(
    quotes: Sequence[QuoteFacts],
    speaker_of: Sequence[str | None],
    labels: np.ndarray,
    resolution: Resolution,
    wordings: dict[str, Wording] | None = None,
) -> Tables:
    """``wordings``: ``cluster_wordings(quotes, labels)``, when already computed."""
    tables = Tables()
    if wordings is None:
        wordings = cluster_wordings(quotes, labels)
    members: dict[int, list[QuoteFacts]] = defaultdict(list)
    for q, label in zip(quotes, labels.tolist(), strict=True):
        members[int(label)].append(q)
    for label, qs in sorted(members.items()):
        if len(qs) > 1:
            outlets = {q.outlet for q in qs if q.outlet}
            n_altered = sum(1 for q in qs if wordings.get(q.id) == "altered")
            tables.clusters.append(
                (quotes[label].id, len(qs), len(outlets), min(qs, key=_when).id, articles(qs), n_altered)
            )
    # Per scope, a cluster's reports of that scope, and the earliest where there are two or more.
    statements = {label: [q for q in qs if shown(q, "statements")] for label, qs in members.items()}
    scoped: dict[Scope, dict[int, list[QuoteFacts]]] = {"statements": statements, "all": members}
    earliest: dict[Scope, dict[int, QuoteFacts]] = {
        scope: {label: min(qs, key=_when) for label, qs in scoped[scope].items() if len(qs) > 1}
        for scope in SCOPES
    }

    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i, sid in enumerate(speaker_of):
        if sid is not None:
            by_speaker[sid].append(i)
    for sid in sorted(by_speaker):
        counts: list[object] = []
        for scope in SCOPES:
            own = [quotes[i] for i in by_speaker[sid] if shown(quotes[i], scope)]
            dates = sorted(q.published_at for q in own if q.published_at)
            first_last = (dates[0], dates[-1]) if dates else (None, None)
            counts += [len(own), len({q.article_key for q in own}), *first_last]
            per_outlet = Counter(q.outlet for q in own if q.outlet)
            tables.outlets += [(sid, o, n, scope) for o, n in sorted(per_outlet.items())]
            _top_quotes(tables, sid, scope, by_speaker[sid], labels, scoped[scope], earliest[scope], quotes)
        tables.speakers.append((sid, resolution.names[sid], *counts))
        _aliases_and_roles(tables, sid, [quotes[i] for i in by_speaker[sid]], resolution)
    return tables


def _aliases_and_roles(tables: Tables, sid: str, own: list[QuoteFacts], resolution: Resolution) -> None:
    alias_n: Counter[str] = Counter()
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for q in own:
        link = resolution.links[q.id]
        alias_n[link.alias] += 1
        reasons[link.alias][link.reason] += 1
        parsed = parse_name(q.speaker)
        role = q.role or (parsed.title if parsed else None)
        if role:
            roles[fold(role)].append((role, q.published_at[:10] if q.published_at else None))
    tables.aliases += [(sid, alias, n, _most_common(reasons[alias])) for alias, n in sorted(alias_n.items())]
    for _, seen in sorted(roles.items()):
        dates = sorted(d for _, d in seen if d)
        spelled = _most_common(Counter(r for r, _ in seen))
        tables.roles.append(
            (sid, spelled, dates[0] if dates else None, dates[-1] if dates else None, len(seen))
        )


def _top_quotes(
    tables: Tables,
    sid: str,
    scope: Scope,
    own: list[int],
    labels: np.ndarray,
    members: dict[int, list[QuoteFacts]],
    earliest: dict[int, QuoteFacts],
    quotes: Sequence[QuoteFacts],
) -> None:
    """The most reported statements, then (to fill) the newest said once; ``members`` and
    ``earliest`` are the clusters' reports of ``scope``."""
    mine = [i for i in own if shown(quotes[i], scope)]
    clusters = {int(labels[i]) for i in mine if int(labels[i]) in earliest}
    ranked = sorted(clusters, key=lambda c: (-articles(members[c]), quotes[c].id))[:TOP_QUOTES]
    top = [(earliest[c].id, articles(members[c])) for c in ranked]
    if len(top) < TOP_QUOTES:
        alone = [quotes[i] for i in mine if int(labels[i]) not in earliest]
        alone.sort(key=lambda q: q.id)
        alone.sort(key=lambda q: q.published_at or "", reverse=True)  # newest first, undated last
        top += [(q.id, 1) for q in alone[: TOP_QUOTES - len(top)]]
    tables.top_quotes += [(sid, place, qid, size, scope) for place, (qid, size) in enumerate(top)]
