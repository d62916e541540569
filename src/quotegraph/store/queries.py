"""The questions the corpus answers: search quotes, profile a speaker, show a quote's cluster.

The store keeps every kind of attribution at any confidence; what a question shows is chosen by
its ``scope``: ``"statements"`` (the default: acts of saying or writing) or ``"all"`` (beliefs,
findings, intentions, stances and the rest too), and by a confidence floor: ``min_confidence``
where a question takes one, else the scope's default (``model.DEFAULT_MIN_CONFIDENCE``: 0.5 for
statements, as extraction shows them; none for ``"all"``). Speaker counts, outlets and top quotes
are written by resolve at those defaults.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from quotegraph.model import SCOPES, Kind, QuoteType, Scope, Speaker, check_scope, floor, kind_in_scope
from quotegraph.store.base import Store

__all__ = ["SCOPES", "check_scope"]  # the model's, re-exported for the corpus and web layers
DEFAULT_SCOPE: Scope = "statements"
Sort = Literal["relevance", "newest", "oldest", "confidence"]
SORTS: tuple[Sort, ...] = ("relevance", "newest", "oldest", "confidence")

RECORD_COLUMNS = (
    "q.id", "q.text", "q.type", "q.speaker", "q.speaker_id", "s.name", "q.role", "q.cue", "q.addressee",
    "q.target", "q.outlet", "q.published_at", "a.url", "a.title", "q.article_key", "q.cluster_id",
    "q.start_pos", "q.end_pos", "q.confidence", "q.kind", "q.speaker_kind", "q.group_id", "q.wording",
    "q.speaker_mention", "a.source_id",
)  # fmt: skip
ALTERED = (
    "q.wording = 'earliest'",
    "q.cluster_id IN (SELECT cluster_id FROM quotes WHERE wording = 'altered')",
)
"""SQL conditions keeping the earliest report of each statement that some outlet altered."""
RECORD_FROM = "quotes q JOIN articles a ON a.key = q.article_key LEFT JOIN speakers s ON s.id = q.speaker_id"


def in_scope(kind: str, scope: Scope, confidence: float, min_confidence: float | None = None) -> bool:
    """Whether a quote of this kind and confidence is shown in ``scope``, at ``min_confidence`` or,
    when ``None``, the scope's default floor: ``shown`` for a row in Python."""
    return kind_in_scope(kind, scope) and confidence >= floor(scope, min_confidence)


def shown(scope: Scope, min_confidence: float | None = None, alias: str = "q") -> tuple[list[str], list[Any]]:
    """SQL conditions (and their parameters) keeping the quotes of ``scope`` at or above
    ``min_confidence`` or, when ``None``, the scope's default floor (0.5 for statements), and
    none a correction marked as not a quote."""
    where: list[str] = [f"{alias}.hidden = 0"]  # marked "not a quote" by a correction: kept, never shown
    params: list[Any] = []
    if check_scope(scope) == "statements":
        where.append(f"{alias}.kind = 'statement'")
    least = floor(scope, min_confidence)
    if least > 0:
        where.append(f"{alias}.confidence >= ?")
        params.append(least)
    return where, params


def also(where: list[str]) -> str:
    """``where``'s conditions as ``" AND ..."``, to follow another condition."""
    return "".join(f" AND {w}" for w in where)


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
    kind: str = "statement"
    """statement, belief, finding, intention, stance or other (``model.KINDS``)."""
    speaker_kind: str | None = None
    """person, organisation, group or unnamed; ``None`` when nobody is named."""
    group_id: str | None = None
    """Shared, within one article, by the passages of one quotation split by its attribution."""
    wording: str | None = None
    """Against the cluster's earliest report: earliest, same, altered (a direct quote with words
    changed, added or dropped) or paraphrase; ``None`` for a report alone (``resolve.wording``)."""
    speaker_mention: str | None = None
    """The words the cue attaches to, as the article has them ("he", "a spokeswoman", "Witkoff")."""
    source_id: str | None = None
    """The article's own id, as its input gave it (file name, JSONL ``id``, URL): ``articles.source_id``."""

    @property
    def verbatim(self) -> bool:
        """Only a direct quote gives the speaker's own words; indirect and mixed ones are paraphrase."""
        return self.type == "direct"

    def to_dict(self) -> dict[str, Any]:
        """Every field, with ``verbatim`` after ``type``."""
        out: dict[str, Any] = {}
        for key, value in self.__dict__.items():
            out[key] = value
            if key == "type":
                out["verbatim"] = self.verbatim
        return out


def _record_fields() -> tuple[str, ...]:
    names = list(QuoteRecord.__dataclass_fields__)
    names.insert(names.index("type") + 1, "verbatim")
    return tuple(names)


RECORD_FIELDS = _record_fields()
"""The keys of ``QuoteRecord.to_dict()``: the columns of every export."""
SPEAKER_COUNTS: dict[Scope, str] = {
    "statements": "n_quotes, n_articles, first_seen, last_seen",
    "all": "n_quotes_all, n_articles_all, first_seen_all, last_seen_all",
}
"""The ``speakers`` columns holding a speaker's counts and dates in each scope."""


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
    scope: Scope = DEFAULT_SCOPE
    """What the counts, outlets and top quotes cover: statements at the default floor, or every kind
    of attribution."""

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

    @property
    def n_articles(self) -> int:
        """Articles reporting it: a statement repeated inside one article (a live blog) counts once."""
        return len({r.article_key for r in self.quotes})

    @property
    def n_outlets(self) -> int:
        return len({r.outlet for r in self.quotes if r.outlet})


def records(
    store: Store, where: str, params: list[Any], order: str = "q.published_at NULLS LAST, q.id"
) -> list[QuoteRecord]:
    sql = f"SELECT {', '.join(RECORD_COLUMNS)} FROM {RECORD_FROM} WHERE {where} ORDER BY {order}"
    return [QuoteRecord(*row) for row in store.query(sql, params)]


def find_speakers(store: Store, name: str, scope: Scope = DEFAULT_SCOPE) -> list[tuple[str, str, int]]:
    """Speakers called ``name`` (name or alias, any case); failing that, whose name contains it.
    Each with how many quotes of ``scope`` they have, most first."""
    n = "n_quotes" if check_scope(scope) == "statements" else "n_quotes_all"
    exact = store.query(
        f"SELECT DISTINCT s.id, s.name, s.{n}, s.n_quotes_all FROM speakers s LEFT JOIN speaker_aliases al"
        " ON al.speaker_id = s.id WHERE lower(s.name) = lower(?) OR lower(al.alias) = lower(?)"
        f" ORDER BY s.{n} DESC, s.n_quotes_all DESC, s.id",
        [name, name],
    )
    if exact:
        return [(r[0], r[1], r[2]) for r in exact]
    rows = store.query(
        f"SELECT id, name, {n} FROM speakers WHERE lower(name) LIKE lower(?)"
        f" ORDER BY {n} DESC, n_quotes_all DESC, id",
        [f"%{name}%"],
    )
    return [(r[0], r[1], r[2]) for r in rows]


@dataclass(frozen=True)
class SearchFilters:
    """What a search asks for; ``None`` and empty strings mean "no filter"."""

    q: str = ""
    speaker: str | None = None
    """A name or alias (``find_speakers``): every speaker it names."""
    speaker_id: str | None = None
    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    """Inclusive: the whole day."""
    target: str | None = None
    type: QuoteType | None = None
    kind: Kind | None = None
    """One kind of attribution; a kind other than statements searches every kind (``scope="all"``)."""
    scope: Scope = DEFAULT_SCOPE
    min_confidence: float | None = None
    """Quotes below this confidence are left out; ``None``: the scope's default floor (0.5 for
    statements), 0: none."""
    sort: Sort | None = None
    """``None``: best match first with words, newest first without."""
    altered: bool = False
    """Only the earliest report of statements some outlet altered (``altered_by`` names them)."""

    @property
    def narrowed(self) -> bool:
        """Whether any filter beyond the words, the scope, the confidence and the order is given."""
        skip = ("q", "scope", "min_confidence", "sort")
        return any(getattr(self, f) for f in self.__dataclass_fields__ if f not in skip)

    @property
    def order(self) -> Sort:
        return self.sort or ("relevance" if self.q.strip() else "newest")

    @property
    def shown_scope(self) -> Scope:
        return "all" if self.kind and self.kind != "statement" else self.scope


def day(value: str | date | None, name: str = "date") -> date | None:
    """A day given as ``YYYY-MM-DD`` (or a ``date``); a clear ``ValueError`` otherwise."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{name} must be a day as YYYY-MM-DD, not {value!r}") from None


def day_after(d: date) -> str:
    """The start of the next day: ``published_at < day_after(until)`` includes the whole of ``until``."""
    return (d + timedelta(days=1)).isoformat()


ORDERS: dict[Sort, str] = {
    "newest": "q.published_at DESC NULLS LAST, q.id",
    "oldest": "q.published_at NULLS LAST, q.id",
    "confidence": "q.confidence DESC, q.published_at DESC NULLS LAST, q.id",
}
RANK_CAP = 2_000
"""Results in best-match order go no deeper than this (100 pages of 20). Unfiltered SQLite searches
also rank only this many matches, the most recently added: a word found in half the corpus would
otherwise cost a relevance score for each of tens of thousands of quotes (hundreds of milliseconds
at 100,000 quotes) to show twenty of them. Downloads (``iter_search``) rank every match."""
COUNT_CAP = 10_000
"""Totals are counted up to this; beyond it a search says "more than 10,000" (counting every match
of a common word would cost as much as ranking them all)."""


def _conditions(store: Store, f: SearchFilters) -> tuple[list[str], list[Any]] | None:
    """The filters as SQL conditions over ``q`` and their parameters; ``None`` when a speaker name
    matches nobody (so nothing can match)."""
    where, params = shown(f.shown_scope, f.min_confidence)
    if f.speaker_id:
        where.append("q.speaker_id = ?")
        params.append(f.speaker_id)
    if f.speaker:
        ids = [sid for sid, _, _ in find_speakers(store, f.speaker, f.shown_scope)][:50]
        if not ids:
            return None
        where.append(f"q.speaker_id IN ({', '.join('?' * len(ids))})")
        params += ids
    if f.outlet:
        where.append("lower(q.outlet) = lower(?)")
        params.append(f.outlet)
    if f.since:
        where.append("q.published_at >= ?")
        params.append(f.since.isoformat())
    if f.until:
        where.append("q.published_at < ?")
        params.append(day_after(f.until))
    if f.target:
        where.append("lower(q.target) LIKE lower(?)")
        params.append(f"%{f.target}%")
    for column in ("type", "kind"):
        if getattr(f, column):
            where.append(f"q.{column} = ?")
            params.append(getattr(f, column))
    if f.altered:
        where += ALTERED
    return where, params


def _words(store: Store, f: SearchFilters) -> str:
    """The dialect's full-text query for ``f.q``; empty when it holds no word."""
    return store.fts_query(f.q) if f.q.strip() else ""


def _source(
    store: Store, f: SearchFilters, where: list[str], params: list[Any], joins: str = ""
) -> tuple[str, list[Any]]:
    """``FROM ... WHERE ...`` of the quotes matching ``f`` (``q`` their alias), and its parameters."""
    words = _words(store, f)
    if not words:
        return f"FROM quotes q{joins} WHERE {' AND '.join(where) or '1 = 1'}", params
    text = store.fulltext()
    return f"FROM {text.source}{joins} WHERE {' AND '.join([text.match, *where])}", [words, *params]


def run_search(store: Store, f: SearchFilters, offset: int = 0, limit: int = 20) -> list[QuoteRecord]:
    """The quotes matching ``f``, ``limit`` of them from ``offset``, in ``f.order``. Two queries
    (three with a speaker name to look up); best-match order goes ``RANK_CAP`` deep at most."""
    found = _conditions(store, f)
    return _page(store, f, *found, offset, limit) if found else []


def search_page(
    store: Store, f: SearchFilters, offset: int = 0, limit: int = 20
) -> tuple[list[QuoteRecord], int]:
    """``run_search``'s quotes and ``count_search``'s total, the speaker looked up once (two to
    four queries: a page that is not full is the last, and gives the total without counting)."""
    found = _conditions(store, f)
    if found is None:
        return [], 0
    items = _page(store, f, *found, offset, limit)
    last = len(items) < limit and (items or offset == 0)
    if last and (f.order != "relevance" or offset + limit < RANK_CAP):
        return items, offset + len(items)
    return items, _count(store, f, *found)


def _page(
    store: Store, f: SearchFilters, where: list[str], params: list[Any], offset: int, limit: int
) -> list[QuoteRecord]:
    sql, params = _source(store, f, where, params)
    if f.order != "relevance" or not _words(store, f):
        order = ORDERS.get(f.order, ORDERS["newest"])
        rows = store.query(f"SELECT q.id {sql} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])
    elif offset >= RANK_CAP:
        rows = []
    else:
        # The best matches up to this page, ids only; the rows before it are dropped.
        want = min(offset + limit, RANK_CAP)
        rank = store.fulltext().rank
        if not f.narrowed and store.dialect == "sqlite":
            rows = store.query(_sqlite_capped(where), [params[0], RANK_CAP, *params[1:], want])
        else:
            rows = store.query(f"SELECT q.id {sql} ORDER BY {rank}, q.published_at, q.id LIMIT ?",
                               [*params, want])  # fmt: skip
        rows = rows[offset:]
    return records_by_id(store, [r[0] for r in rows])


def _sqlite_capped(where: list[str]) -> str:
    return (
        "SELECT q.id FROM (SELECT rowid AS r, bm25(quotes_fts) AS score FROM quotes_fts"
        " WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ?) m JOIN quotes q ON q.rowid = m.r"
        f" WHERE 1 = 1{also(where)} ORDER BY m.score, q.published_at, q.id LIMIT ?"
    )


def count_search(store: Store, f: SearchFilters) -> int:
    """How many quotes match ``f``, counted up to ``COUNT_CAP + 1`` (one or two queries)."""
    found = _conditions(store, f)
    return _count(store, f, *found) if found else 0


def _count(store: Store, f: SearchFilters, where: list[str], params: list[Any]) -> int:
    sql, params = _source(store, f, where, params)
    rows = store.query(f"SELECT count(*) FROM (SELECT 1 {sql} LIMIT ?) c", [*params, COUNT_CAP + 1])
    return int(rows[0][0])


def iter_search(store: Store, f: SearchFilters) -> Iterator[QuoteRecord]:
    """Every quote matching ``f``, in ``f.order`` (best match first over every match), streamed."""
    found = _conditions(store, f)
    if found is None:
        return
    joins = " JOIN articles a ON a.key = q.article_key LEFT JOIN speakers s ON s.id = q.speaker_id"
    sql, params = _source(store, f, *found, joins=joins)
    order = ORDERS.get(f.order, ORDERS["newest"])
    if f.order == "relevance" and _words(store, f):
        order = f"{store.fulltext().rank}, q.published_at, q.id"
    for row in store.iterate(f"SELECT {', '.join(RECORD_COLUMNS)} {sql} ORDER BY {order}", params):
        yield QuoteRecord(*row)


def records_by_id(store: Store, ids: list[str]) -> list[QuoteRecord]:
    """The records of ``ids``, in that order (one query)."""
    if not ids:
        return []
    found = {r.id: r for r in records(store, f"q.id IN ({', '.join('?' * len(ids))})", ids)}
    return [found[i] for i in ids if i in found]


def search(
    store: Store,
    text: str = "",
    *,
    speaker: str | None = None,
    outlet: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    target: str | None = None,
    type: QuoteType | None = None,
    kind: Kind | None = None,
    scope: Scope = DEFAULT_SCOPE,
    min_confidence: float | None = None,
    sort: Sort | None = None,
    altered: bool = False,
    limit: int = 20,
) -> list[QuoteRecord]:
    """Quotes matching ``text`` (full-text, best first) and every filter given; newest first without
    text (``run_search`` with these as ``SearchFilters``; ``since`` and ``until`` are days,
    inclusive, ``YYYY-MM-DD``).

    ``scope``: statements (the default) or every kind; ``min_confidence`` leaves out quotes below it
    (``None``: the scope's default floor, 0.5 for statements; 0 shows every one). ``altered``: only
    the earliest report of statements some outlet altered (``altered_by`` names them)."""
    f = SearchFilters(
        text, speaker, None, outlet, day(since, "since"), day(until, "until"), target, type, kind,
        check_scope(scope), min_confidence, sort, altered,
    )  # fmt: skip
    return run_search(store, f, 0, limit)


def altered_by(store: Store, cluster_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    """For each cluster, the reports that altered the earliest's words: (outlet, quote id), by date."""
    if not cluster_ids:
        return {}
    out: dict[str, list[tuple[str, str]]] = {c: [] for c in cluster_ids}
    rows = store.query(
        f"SELECT cluster_id, outlet, id FROM quotes WHERE wording = 'altered' AND cluster_id IN"
        f" ({', '.join('?' * len(cluster_ids))}) ORDER BY published_at NULLS LAST, id",
        list(cluster_ids),
    )
    for cid, outlet, qid in rows:
        out[cid].append((outlet or "(no outlet)", qid))
    return out


def speaker_profile(store: Store, speaker_id: str, scope: Scope = DEFAULT_SCOPE) -> SpeakerProfile | None:
    """Names, roles, counts, outlets and most reported quotes; counts, outlets and quotes of ``scope``
    at its default floor (as resolve wrote them)."""
    rows = store.query(
        f"SELECT id, name, {SPEAKER_COUNTS[check_scope(scope)]} FROM speakers WHERE id = ?", [speaker_id]
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
        "SELECT outlet, n FROM speaker_outlets WHERE speaker_id = ? AND scope = ?"
        " ORDER BY n DESC, outlet", [sid, scope])]  # fmt: skip
    top = store.query(
        "SELECT quote_id, size FROM speaker_top_quotes WHERE speaker_id = ? AND scope = ? ORDER BY place",
        [sid, scope],
    )
    marks = ", ".join("?" * len(top))
    found = {r.id: r for r in records(store, f"q.id IN ({marks})", [t[0] for t in top])} if top else {}
    top_quotes = [(found[qid], int(size)) for qid, size in top if qid in found]
    return SpeakerProfile(
        sid, name, n_quotes, n_articles, first_seen, last_seen, aliases, roles, outlets, top_quotes, scope
    )


def quote_cluster(store: Store, quote_id: str, scope: Scope = DEFAULT_SCOPE) -> Cluster | None:
    """Every report of the quote's statement that ``scope`` shows (at its default floor), and the
    quote itself whatever its kind and confidence, earliest first."""
    rows = store.query("SELECT cluster_id FROM quotes WHERE id = ?", [quote_id])
    if not rows:
        return None
    cluster_id = rows[0][0] or quote_id
    where, params = shown(scope)
    members = records(
        store, f"(q.cluster_id = ?{also(where)}) OR q.id = ?",
        [cluster_id, *params, quote_id],
        order="CASE WHEN q.published_at IS NULL THEN 1 ELSE 0 END, q.published_at, q.id",
    )  # fmt: skip
    return Cluster(cluster_id, members)
