"""The reads the web pages and the API need: lists, pages and counts over the corpus.

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
from typing import Any, Generic, TypeVar

from quotegraph.model import Scope
from quotegraph.store.base import Store
from quotegraph.store.queries import (
    COUNT_CAP,
    DEFAULT_SCOPE,
    RANK_CAP,
    RECORD_COLUMNS,
    RECORD_FROM,
    Alias,
    Cluster,
    QuoteRecord,
    Role,
    SearchFilters,
    also,
    check_scope,
    quote_cluster,
    search_page,
    shown,
)

T = TypeVar("T")
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
        return max(1, -(-min(self.total, COUNT_CAP) // self.per_page))

    @property
    def total_capped(self) -> bool:
        """Whether there are more than ``COUNT_CAP`` (``total`` is then ``COUNT_CAP + 1``)."""
        return self.total is not None and self.total > COUNT_CAP


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
    last_seen: str | None = None


@dataclass(frozen=True)
class OutletSummary:
    outlet: str
    n_quotes: int
    n_articles: int
    speakers: list[tuple[str, str, int]] = field(default_factory=list)
    """The most quoted speakers in this outlet: (id, name, quotes)."""


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


def search(store: Store, f: SearchFilters, page: int = 1, per_page: int = 20) -> Page[QuoteRecord]:
    """A page of ``queries.run_search``'s results, with how many there are in all (``COUNT_CAP``
    at most: ``Page.total_capped``)."""
    offset = _offset(page, per_page)
    items, total = search_page(store, f, offset, per_page + 1)
    if f.order == "relevance" and f.q.strip():  # (and when the words hold none, nothing is ranked)
        total = min(total, RANK_CAP)  # best-match order pages no deeper than this
    return Page(items[:per_page], page, per_page, len(items) > per_page, total)


def article_count(store: Store, key: str, scope: Scope = DEFAULT_SCOPE) -> int | None:
    """How many quotes of ``scope`` (at its default floor) the article ``key`` holds; ``None``
    when there is no such article (one query)."""
    where, params = shown(scope)
    rows = store.query(
        f"SELECT count(q.id) FROM articles a LEFT JOIN quotes q ON q.article_key = a.key{also(where)}"
        " WHERE a.key = ? GROUP BY a.key",
        [*params, key],
    )
    return int(rows[0][0]) if rows else None


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
    "statements": "id, name, n_quotes, n_articles, last_seen",
    "all": "id, name, n_quotes_all, n_articles_all, last_seen_all",
}
SPEAKER_SORTS = ("quotes", "articles", "last_seen", "name")


def top_speakers(
    store: Store,
    page: int = 1,
    per_page: int = 10,
    name: str = "",
    scope: Scope = DEFAULT_SCOPE,
    sort: str = "quotes",
) -> Page[SpeakerSummary]:
    """Speakers with quotes of ``scope``, most quoted first (or with most articles, last seen most
    recently, by name: ``SPEAKER_SORTS``), optionally those whose name contains ``name`` (two queries)."""
    suffix = "" if check_scope(scope) == "statements" else "_all"
    n = f"n_quotes{suffix}"
    order = {
        "quotes": f"{n} DESC",
        "articles": f"n_articles{suffix} DESC, {n} DESC",
        "last_seen": f"last_seen{suffix} DESC NULLS LAST, {n} DESC",
        "name": "lower(name)",
    }[sort]
    where, params = (f"{n} > 0 AND lower(name) LIKE lower(?)", [f"%{name}%"]) if name else (f"{n} > 0", [])
    total = int(store.query(f"SELECT count(*) FROM speakers WHERE {where}", params)[0][0])
    rows = store.query(
        f"SELECT {SPEAKER_SUMMARY[scope]} FROM speakers WHERE {where}"
        f" ORDER BY {order}, name, id LIMIT ? OFFSET ?",
        [*params, per_page, _offset(page, per_page)],
    )
    items = [SpeakerSummary(*r) for r in rows]
    return Page(items, page, per_page, _offset(page, per_page) + len(items) < total, total)


def outlet_index(
    store: Store, page: int = 1, per_page: int = 20, scope: Scope = DEFAULT_SCOPE, top: int = 3
) -> Page[OutletSummary]:
    """Outlets, most quoted first, each with how many quotes of ``scope`` (at its default floor) and
    articles it has, and its ``top`` most quoted speakers (three queries)."""
    where, params = shown(scope)
    kept = f"q.outlet IS NOT NULL AND q.outlet <> ''{also(where)}"
    total = int(store.query(f"SELECT count(DISTINCT q.outlet) FROM quotes q WHERE {kept}", params)[0][0])
    rows = store.query(
        f"SELECT q.outlet, count(*), count(DISTINCT q.article_key) FROM quotes q WHERE {kept}"
        " GROUP BY q.outlet ORDER BY count(*) DESC, q.outlet LIMIT ? OFFSET ?",
        [*params, per_page, _offset(page, per_page)],
    )
    speakers: dict[str, list[tuple[str, str, int]]] = {r[0]: [] for r in rows}
    if rows:
        for outlet, sid, sname, n in store.query(
            "SELECT so.outlet, so.speaker_id, s.name, so.n FROM speaker_outlets so JOIN speakers s"
            f" ON s.id = so.speaker_id WHERE so.scope = ? AND so.outlet IN ({', '.join('?' * len(rows))})"
            " ORDER BY so.n DESC, s.name, s.id",
            [scope, *speakers],
        ):
            if len(speakers[outlet]) < top:
                speakers[outlet].append((sid, sname, int(n)))
    items = [OutletSummary(o, int(nq), int(na), speakers[o]) for o, nq, na in rows]
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


Spans = tuple[tuple[int, int] | None, tuple[int, int] | None]
"""A quote's cue and speaker mention in its article text, each ``None`` when not found."""


def article_spans(store: Store, key: str) -> tuple[dict[str, Spans], bool]:
    """Where each quote's cue and speaker mention stand in the article ``key``, and whether a
    correction concerns any of its quotes (one query)."""
    out: dict[str, Spans] = {}
    corrected = False
    for qid, cs, ce, ss, se, fixed in store.query(
        "SELECT q.id, q.cue_start, q.cue_end, q.speaker_start, q.speaker_end,"
        " EXISTS (SELECT 1 FROM corrected_quotes cq WHERE cq.quote_id = q.id)"
        " FROM quotes q WHERE q.article_key = ?",
        [key],
    ):
        out[qid] = ((cs, ce) if cs is not None else None, (ss, se) if ss is not None else None)
        corrected = corrected or bool(fixed)
    return out, corrected


def articles(
    store: Store,
    page: int = 1,
    per_page: int = 20,
    outlet: str | None = None,
    scope: Scope = DEFAULT_SCOPE,
    oldest_first: bool = False,
) -> Page[ArticleRecord]:
    """Articles newest (or oldest) first, without their text, each with how many quotes of ``scope``
    (at its default floor) it holds, and how many articles there are (two queries)."""
    where, params = ("lower(a.outlet) = lower(?)", [outlet]) if outlet else ("1 = 1", [])
    columns, counted = article_summary(scope)
    total = int(store.query(f"SELECT count(*) FROM articles a WHERE {where}", params)[0][0])
    order = "a.published_at NULLS LAST, a.key" if oldest_first else "a.published_at DESC NULLS LAST, a.key"
    rows = store.query(
        f"SELECT {columns} FROM articles a WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*counted, *params, per_page + 1, _offset(page, per_page)],
    )
    items = [ArticleRecord(*r) for r in rows]
    return Page(items[:per_page], page, per_page, len(items) > per_page, total)


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


def speaker_total(store: Store, speaker_id: str, scope: Scope = DEFAULT_SCOPE) -> int | None:
    """How many quotes of ``scope`` the speaker has (as resolve counted them); ``None`` when there
    is no such speaker (one query)."""
    n = "n_quotes" if check_scope(scope) == "statements" else "n_quotes_all"
    rows = store.query(f"SELECT {n} FROM speakers WHERE id = ?", [speaker_id])
    return int(rows[0][0]) if rows else None


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
