"""The reads the web pages and the API need, on top of the store's public interface.

Every function here takes an open ``Store`` and runs a fixed, small number of queries (noted in
each docstring), so that no page makes more than a handful. SQL is written with ``?`` placeholders
and works on SQLite and PostgreSQL alike.

What a list shows is chosen by its ``scope``: statements (the default) or every kind of
attribution the store keeps (``"all"``), each at the scope's default confidence floor (0.5 for
statements, as extraction shows them; none for ``"all"``) unless a ``min_confidence`` is given
(search and articles take one); counts follow the same scope and floor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Generic, Literal, TypeVar

from quotegraph.model import Scope
from quotegraph.store import Store
from quotegraph.store.queries import (
    DEFAULT_SCOPE,
    RECORD_COLUMNS,
    RECORD_FROM,
    Alias,
    Cluster,
    QuoteRecord,
    Role,
    also,
    check_scope,
    find_speakers,
    quote_cluster,
    shown,
)

T = TypeVar("T")
QuoteType = Literal["direct", "indirect", "mixed"]
RECORD_SELECT = f"SELECT {', '.join(RECORD_COLUMNS)} FROM {RECORD_FROM}"
NEWEST_FIRST = "q.published_at DESC NULLS LAST, q.id"


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a longer list; ``has_more`` says whether a next page exists."""

    items: list[T]
    page: int
    per_page: int
    has_more: bool
    total: int | None = None

    @property
    def n_pages(self) -> int | None:
        if self.total is None:
            return None
        return max(1, -(-self.total // self.per_page))


@dataclass(frozen=True)
class SearchFilters:
    """What a search asks for; empty strings mean "no filter"."""

    q: str = ""
    speaker: str | None = None
    speaker_id: str | None = None
    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    target: str | None = None
    type: QuoteType | None = None
    scope: Scope = DEFAULT_SCOPE
    """Statements, or every kind of attribution."""
    min_confidence: float | None = None
    """Quotes below this confidence are left out; ``None``: the scope's default floor (0.5 for
    statements), 0: none."""

    @property
    def narrowed(self) -> bool:
        """Whether any filter beyond the words, the scope and the confidence is given."""
        skip = ("q", "scope", "min_confidence")
        return any(getattr(self, f) for f in self.__dataclass_fields__ if f not in skip)


@dataclass(frozen=True)
class ArticleRecord:
    key: str
    source_id: str
    url: str | None
    outlet: str | None
    published_at: str | None
    title: str | None
    n_quotes: int
    text: str = ""


def article_summary(scope: Scope, min_confidence: float | None = None) -> tuple[str, list[Any]]:
    """An article's columns for ``ArticleRecord``, with how many quotes of ``scope`` at
    ``min_confidence`` it holds, and the parameters they take."""
    where, params = shown(scope, min_confidence)
    count = f"(SELECT count(*) FROM quotes q WHERE q.article_key = a.key{also(where)})"
    return f"a.key, a.source_id, a.url, a.outlet, a.published_at, a.title, {count}", params


@dataclass(frozen=True)
class SpeakerSummary:
    id: str
    name: str
    n_quotes: int
    n_articles: int


@dataclass(frozen=True)
class SpeakerPage:
    """Everything the speaker page shows except the quotes themselves."""

    speaker: SpeakerSummary
    aliases: list[Alias] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    outlets: list[tuple[str, int]] = field(default_factory=list)
    days: list[tuple[str, int]] = field(default_factory=list)
    """Quotes per publication day (``YYYY-MM-DD``), in date order; undated quotes left out."""
    undated: int = 0

    @property
    def first_seen(self) -> str | None:
        return self.days[0][0] if self.days else None

    @property
    def last_seen(self) -> str | None:
        return self.days[-1][0] if self.days else None


def _offset(page: int, per_page: int) -> int:
    return (page - 1) * per_page


def _records_by_id(store: Store, ids: list[str]) -> list[QuoteRecord]:
    """The records of ``ids``, in that order (one query)."""
    if not ids:
        return []
    rows = store.query(f"{RECORD_SELECT} WHERE q.id IN ({', '.join('?' * len(ids))})", ids)
    found = {r[0]: QuoteRecord(*r) for r in rows}
    return [found[i] for i in ids if i in found]


def _day_after(day: date) -> str:
    return (day + timedelta(days=1)).isoformat()


RANK_CAP = 2_000
"""Full-text results are ranked this deep at most (100 pages of 20). Unfiltered SQLite searches
also rank only this many matches, the most recently added: a word found in half the corpus would
otherwise cost a relevance score for each of tens of thousands of quotes (hundreds of
milliseconds at 100,000 quotes) to show twenty of them. The scope and the confidence floor are
applied to those matches (most quotes are statements)."""


def sqlite_capped_search(where: list[str]) -> str:
    conditions = "".join(f" AND {w}" for w in where)
    return (
        "SELECT q.id FROM (SELECT rowid AS r, bm25(quotes_fts) AS score FROM quotes_fts"
        " WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ?) m JOIN quotes q ON q.rowid = m.r"
        f" WHERE 1 = 1{conditions} ORDER BY m.score, q.published_at, q.id LIMIT ?"
    )


def search(store: Store, f: SearchFilters, page: int = 1, per_page: int = 20) -> Page[QuoteRecord]:
    """Quotes matching the words of ``f.q`` (best first) and every filter; newest first without words.

    Two queries, three with a speaker name to look up. Without filters (scope and confidence
    aside), SQLite ranks only the ``RANK_CAP`` newest matches (see there); with filters, every
    match is ranked.
    """
    where, params = shown(f.scope, f.min_confidence)
    if f.speaker_id:
        where.append("q.speaker_id = ?")
        params.append(f.speaker_id)
    if f.speaker:
        ids = [sid for sid, _, _ in find_speakers(store, f.speaker, f.scope)][:50]
        if not ids:
            return Page([], page, per_page, False)
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
        params.append(_day_after(f.until))
    if f.target:
        where.append("lower(q.target) LIKE lower(?)")
        params.append(f"%{f.target}%")
    if f.type:
        where.append("q.type = ?")
        params.append(f.type)
    offset = _offset(page, per_page)
    query = store.fts_query(f.q) if f.q.strip() else ""
    if query:
        # Ranked results go no deeper than RANK_CAP; the store's full-text query takes a limit but
        # no offset, so the rows before this page are fetched (ids only) and dropped.
        want = min(offset + per_page + 1, RANK_CAP + 1)
        if offset >= RANK_CAP:
            rows = []
        elif not f.narrowed and store.dialect == "sqlite":
            rows = store.query(sqlite_capped_search(where), [query, RANK_CAP, *params, want])
        else:
            rows = store.query(store.search_sql(where), [query, *params, want])
        rows = rows[offset:]
    else:
        sql = f"SELECT q.id FROM quotes q WHERE {' AND '.join(where) or '1 = 1'}"
        rows = store.query(f"{sql} ORDER BY {NEWEST_FIRST} LIMIT ? OFFSET ?", [*params, per_page + 1, offset])
    ids = [r[0] for r in rows]
    return Page(_records_by_id(store, ids[:per_page]), page, per_page, len(ids) > per_page)


def latest_quotes(
    store: Store, page: int = 1, per_page: int = 10, scope: Scope = DEFAULT_SCOPE
) -> Page[QuoteRecord]:
    """The newest quotes of ``scope`` (one query)."""
    where, params = shown(scope)
    rows = store.query(
        f"{RECORD_SELECT} WHERE {' AND '.join(where) or '1 = 1'} ORDER BY {NEWEST_FIRST} LIMIT ? OFFSET ?",
        [*params, per_page + 1, _offset(page, per_page)],
    )
    items = [QuoteRecord(*r) for r in rows]
    return Page(items[:per_page], page, per_page, len(items) > per_page)


SPEAKER_SUMMARY: dict[Scope, str] = {
    "statements": "id, name, n_quotes, n_articles",
    "all": "id, name, n_quotes_all, n_articles_all",
}


def top_speakers(
    store: Store, page: int = 1, per_page: int = 10, name: str = "", scope: Scope = DEFAULT_SCOPE
) -> Page[SpeakerSummary]:
    """Speakers with quotes of ``scope``, most quoted first, optionally those whose name contains
    ``name`` (two queries)."""
    n = "n_quotes" if check_scope(scope) == "statements" else "n_quotes_all"
    where, params = (f"{n} > 0 AND lower(name) LIKE lower(?)", [f"%{name}%"]) if name else (f"{n} > 0", [])
    total = int(store.query(f"SELECT count(*) FROM speakers WHERE {where}", params)[0][0])
    rows = store.query(
        f"SELECT {SPEAKER_SUMMARY[scope]} FROM speakers WHERE {where}"
        f" ORDER BY {n} DESC, name, id LIMIT ? OFFSET ?",
        [*params, per_page, _offset(page, per_page)],
    )
    items = [SpeakerSummary(*r) for r in rows]
    return Page(items, page, per_page, _offset(page, per_page) + len(items) < total, total)


def article(
    store: Store, key: str, scope: Scope = DEFAULT_SCOPE, min_confidence: float | None = None
) -> tuple[ArticleRecord, list[QuoteRecord]] | None:
    """An article with its text and its quotes of ``scope`` at ``min_confidence`` (``None``: the
    scope's default floor) in text order (two queries)."""
    columns, counted = article_summary(scope, min_confidence)
    rows = store.query(f"SELECT {columns}, a.text FROM articles a WHERE a.key = ?", [*counted, key])
    if not rows:
        return None
    where, params = shown(scope, min_confidence)
    quotes = [QuoteRecord(*r) for r in store.query(
        f"{RECORD_SELECT} WHERE q.article_key = ?{also(where)}"
        " ORDER BY q.start_pos, q.idx", [key, *params])]  # fmt: skip
    return ArticleRecord(*rows[0]), quotes


def articles(
    store: Store, page: int = 1, per_page: int = 20, outlet: str | None = None, scope: Scope = DEFAULT_SCOPE
) -> Page[ArticleRecord]:
    """Articles newest first, without their text, each with how many quotes of ``scope`` (at its
    default floor) it holds (one query)."""
    where, params = ("lower(a.outlet) = lower(?)", [outlet]) if outlet else ("1 = 1", [])
    columns, counted = article_summary(scope)
    rows = store.query(
        f"SELECT {columns} FROM articles a WHERE {where}"
        " ORDER BY a.published_at DESC NULLS LAST, a.key LIMIT ? OFFSET ?",
        [*counted, *params, per_page + 1, _offset(page, per_page)],
    )
    items = [ArticleRecord(*r) for r in rows]
    return Page(items[:per_page], page, per_page, len(items) > per_page)


def speaker(store: Store, speaker_id: str, scope: Scope = DEFAULT_SCOPE) -> SpeakerPage | None:
    """A speaker's names, roles, and outlets and quotes per day of ``scope`` (four queries)."""
    columns = SPEAKER_SUMMARY[check_scope(scope)]
    rows = store.query(f"SELECT {columns} FROM speakers WHERE id = ?", [speaker_id])
    if not rows:
        return None
    aliases: list[Alias] = []
    roles: list[Role] = []
    for kind, name, reason, n, first, last in store.query(
        "SELECT 'alias', alias, reason, n, NULL, NULL FROM speaker_aliases WHERE speaker_id = ?"
        " UNION ALL SELECT 'role', role, NULL, n, first_seen, last_seen FROM speaker_roles"
        " WHERE speaker_id = ?",
        [speaker_id, speaker_id],
    ):
        if kind == "alias":
            aliases.append(Alias(name, int(n), reason))
        else:
            roles.append(Role(name, first, last, int(n)))
    aliases.sort(key=lambda a: (-a.n, a.name))
    roles.sort(key=lambda r: (r.first_seen is None, r.first_seen or "", r.role))
    # Two queries rather than one grouped by both: the days come from the (speaker, kind, date,
    # confidence) index alone.
    where, params = shown(scope, alias="quotes")
    kinds = also(where)
    days: list[tuple[str, int]] = []
    undated = 0
    for day, n in store.query(
        f"SELECT substr(published_at, 1, 10), count(*) FROM quotes WHERE speaker_id = ?{kinds}"
        " GROUP BY substr(published_at, 1, 10)",
        [speaker_id, *params],
    ):
        if day:
            days.append((day, int(n)))
        else:
            undated += int(n)
    outlets = [(o, int(n)) for o, n in store.query(
        f"SELECT outlet, count(*) FROM quotes WHERE speaker_id = ?{kinds} AND outlet IS NOT NULL"
        " GROUP BY outlet",
        [speaker_id, *params],
    )]  # fmt: skip
    return SpeakerPage(
        SpeakerSummary(*rows[0]),
        aliases,
        roles,
        sorted(outlets, key=lambda kv: (-kv[1], kv[0])),
        sorted(days),
        undated,
    )


def speaker_quotes(
    store: Store, speaker_id: str, total: int, page: int = 1, per_page: int = 20, scope: Scope = DEFAULT_SCOPE
) -> Page[QuoteRecord]:
    """One page of a speaker's quotes of ``scope``, newest first (one query); ``total`` is how many
    there are."""
    where, params = shown(scope)
    rows = store.query(
        f"{RECORD_SELECT} WHERE q.speaker_id = ?{also(where)} ORDER BY {NEWEST_FIRST} LIMIT ? OFFSET ?",
        [speaker_id, *params, per_page, _offset(page, per_page)],
    )
    items = [QuoteRecord(*r) for r in rows]
    return Page(items, page, per_page, _offset(page, per_page) + len(items) < total, total)


def quote(store: Store, quote_id: str, scope: Scope = DEFAULT_SCOPE) -> Cluster | None:
    """A quote and every report of it that ``scope`` shows, earliest first (two queries)."""
    return quote_cluster(store, quote_id, scope)


def outlets(store: Store, limit: int = 200) -> list[str]:
    """The outlets in the corpus, most quoted first (one query, over the quotes' outlet index)."""
    rows = store.query(
        "SELECT outlet FROM quotes WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC, outlet"
        " LIMIT ?",
        [limit],
    )
    return [r[0] for r in rows]
