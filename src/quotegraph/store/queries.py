"""The questions the corpus answers: search quotes, profile a speaker, show a quote's cluster."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quotegraph.model import Speaker
from quotegraph.store.base import Store

RECORD_COLUMNS = (
    "q.id", "q.text", "q.type", "q.speaker", "q.speaker_id", "s.name", "q.role", "q.cue", "q.addressee",
    "q.target", "q.outlet", "q.published_at", "a.url", "a.title", "q.article_key", "q.cluster_id",
    "q.start_pos", "q.end_pos", "q.confidence",
)  # fmt: skip
RECORD_FROM = "quotes q JOIN articles a ON a.key = q.article_key LEFT JOIN speakers s ON s.id = q.speaker_id"


@dataclass(frozen=True)
class QuoteRecord:
    """A quote as the corpus keeps it: its words, its speaker (as said and as resolved), its source."""

    id: str
    text: str
    type: str
    speaker: str | None
    speaker_id: str | None
    speaker_name: str | None
    role: str | None
    cue: str | None
    addressee: str | None
    target: str | None
    outlet: str | None
    published_at: str | None
    url: str | None
    title: str | None
    article_key: str
    cluster_id: str | None
    start: int
    end: int
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Alias:
    name: str
    n: int
    reason: str


@dataclass(frozen=True)
class Role:
    role: str
    first_seen: str | None
    last_seen: str | None
    n: int


@dataclass(frozen=True)
class SpeakerProfile:
    id: str
    name: str
    n_quotes: int
    n_articles: int
    first_seen: str | None
    last_seen: str | None
    aliases: list[Alias] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    outlets: list[tuple[str, int]] = field(default_factory=list)
    top_quotes: list[tuple[QuoteRecord, int]] = field(default_factory=list)
    """The speaker's most reported statements, with how many reports each cluster holds."""

    @property
    def speaker(self) -> Speaker:
        """The plain model record: name, other names, and roles with the date each was first given."""
        aliases = [a.name for a in self.aliases if a.name != self.name]
        return Speaker(self.id, self.name, aliases, [(r.role, r.first_seen) for r in self.roles])


@dataclass(frozen=True)
class Cluster:
    id: str
    quotes: list[QuoteRecord]
    """In publication order (undated last); the first is the earliest source."""

    @property
    def earliest(self) -> QuoteRecord:
        return self.quotes[0]


def records(
    store: Store, where: str, params: list[Any], order: str = "q.published_at NULLS LAST, q.id"
) -> list[QuoteRecord]:
    sql = f"SELECT {', '.join(RECORD_COLUMNS)} FROM {RECORD_FROM} WHERE {where} ORDER BY {order}"
    return [QuoteRecord(*row) for row in store.query(sql, params)]


def find_speakers(store: Store, name: str) -> list[tuple[str, str, int]]:
    """Speakers called ``name`` (name or alias, any case); failing that, whose name contains it."""
    exact = store.query(
        "SELECT DISTINCT s.id, s.name, s.n_quotes FROM speakers s LEFT JOIN speaker_aliases al"
        " ON al.speaker_id = s.id WHERE lower(s.name) = lower(?) OR lower(al.alias) = lower(?)"
        " ORDER BY s.n_quotes DESC, s.id",
        [name, name],
    )
    if exact:
        return [(r[0], r[1], r[2]) for r in exact]
    rows = store.query(
        "SELECT id, name, n_quotes FROM speakers WHERE lower(name) LIKE lower(?) ORDER BY n_quotes DESC, id",
        [f"%{name}%"],
    )
    return [(r[0], r[1], r[2]) for r in rows]


def search(
    store: Store,
    text: str = "",
    *,
    speaker: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    target: str | None = None,
    type: str | None = None,
    limit: int = 20,
) -> list[QuoteRecord]:
    """Quotes matching ``text`` (full-text, best first) and every filter given; newest first without text."""
    where: list[str] = []
    params: list[Any] = []
    if speaker:
        ids = [sid for sid, _, _ in find_speakers(store, speaker)]
        if not ids:
            return []
        where.append(f"q.speaker_id IN ({', '.join('?' * len(ids))})")
        params += ids
    if outlet:
        where.append("lower(q.outlet) = lower(?)")
        params.append(outlet)
    if since:
        where.append("q.published_at >= ?")
        params.append(since)
    if until:
        where.append("q.published_at < ?")
        params.append(_day_after(until))
    if target:
        where.append("lower(q.target) LIKE lower(?)")
        params.append(f"%{target}%")
    if type:
        where.append("q.type = ?")
        params.append(type)
    query = store.fts_query(text) if text.strip() else ""
    if query:
        ids = [r[0] for r in store.query(store.search_sql(where), [query, *params, limit])]
    else:
        sql = f"SELECT q.id FROM quotes q WHERE {' AND '.join(where) or '1 = 1'}"
        sql += " ORDER BY q.published_at DESC NULLS LAST, q.id LIMIT ?"
        ids = [r[0] for r in store.query(sql, [*params, limit])]
    if not ids:
        return []
    found = {r.id: r for r in records(store, f"q.id IN ({', '.join('?' * len(ids))})", ids)}
    return [found[i] for i in ids]


def _day_after(until: str) -> str:
    """``--until 2025-03-14`` includes that whole day."""
    return until + "T99" if len(until) == 10 else until + "\uffff"


def speaker_profile(store: Store, speaker_id: str) -> SpeakerProfile | None:
    rows = store.query(
        "SELECT id, name, n_quotes, n_articles, first_seen, last_seen FROM speakers WHERE id = ?",
        [speaker_id],
    )
    if not rows:
        return None
    sid, name, n_quotes, n_articles, first_seen, last_seen = rows[0]
    aliases = [Alias(*r) for r in store.query(
        "SELECT alias, n, reason FROM speaker_aliases WHERE speaker_id = ?"
        " ORDER BY n DESC, alias", [sid])]  # fmt: skip
    roles = [Role(*r) for r in store.query(
        "SELECT role, first_seen, last_seen, n FROM speaker_roles WHERE speaker_id = ?"
        " ORDER BY first_seen, role", [sid])]  # fmt: skip
    outlets = [(r[0], int(r[1])) for r in store.query(
        "SELECT outlet, n FROM speaker_outlets WHERE speaker_id = ?"
        " ORDER BY n DESC, outlet", [sid])]  # fmt: skip
    top = store.query(
        "SELECT quote_id, size FROM speaker_top_quotes WHERE speaker_id = ? ORDER BY place", [sid]
    )
    found = {r.id: r for r in records(store, f"q.id IN ({', '.join('?' * len(top))})", [t[0] for t in top])}
    top_quotes = [(found[qid], int(size)) for qid, size in top if qid in found]
    return SpeakerProfile(
        sid, name, n_quotes, n_articles, first_seen, last_seen, aliases, roles, outlets, top_quotes
    )


def quote_cluster(store: Store, quote_id: str) -> Cluster | None:
    rows = store.query("SELECT cluster_id FROM quotes WHERE id = ?", [quote_id])
    if not rows:
        return None
    cluster_id = rows[0][0] or quote_id
    members = records(
        store, "q.cluster_id = ? OR q.id = ?", [cluster_id, quote_id],
        order="CASE WHEN q.published_at IS NULL THEN 1 ELSE 0 END, q.published_at, q.id",
    )  # fmt: skip
    return Cluster(cluster_id, members)
