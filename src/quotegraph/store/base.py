"""The storage interface both backends share: plain SQL with ``?`` placeholders, dialect hooks apart."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any, NamedTuple

from quotegraph.model import Article, Quote

Row = tuple[Any, ...]


class FullText(NamedTuple):
    """A dialect's full-text search: ``FROM {source} WHERE {match}``, the query its first parameter,
    quotes as ``q``; ``ORDER BY {rank}`` puts the best match first."""

    source: str
    match: str
    rank: str


QUOTE_COLUMNS = (
    "id", "article_key", "idx", "start_pos", "end_pos", "text", "type", "speaker", "speaker_mention",
    "speaker_start", "speaker_end", "role", "cue", "cue_start", "cue_end", "addressee", "target",
    "confidence", "outlet", "published_at", "kind", "speaker_kind", "group_id",
)  # fmt: skip
ARTICLE_COLUMNS = (
    "key", "source_id", "source", "url", "outlet", "published", "published_at", "title", "text", "n_quotes",
)  # fmt: skip


def quote_id(article_key: str, index: int) -> str:
    return f"{article_key}-{index}"


def quote_row(
    article_key: str, index: int, quote: Quote, outlet: str | None, published_at: str | None
) -> Row:
    sp = quote.speaker_span or (None, None)
    cs = quote.cue_span or (None, None)
    return (
        quote_id(article_key, index), article_key, index, quote.start, quote.end, quote.text, quote.type,
        quote.speaker, quote.speaker_mention, sp[0], sp[1], quote.role, quote.cue, cs[0], cs[1],
        quote.addressee, quote.target, float(quote.confidence), outlet, published_at, quote.kind,
        quote.speaker_kind, quote.group,
    )  # fmt: skip


def article_row(
    key: str, article: Article, n_quotes: int, source: str | None, published_at: str | None
) -> Row:
    """An article as the store's ``articles`` row (``ARTICLE_COLUMNS`` order)."""
    return (
        key, article.id, source, article.url, article.outlet, article.published, published_at,
        article.title, article.text, n_quotes,
    )  # fmt: skip


class Store(ABC):
    """One database: SQLite (``path``) or PostgreSQL (``postgresql://...``), the same schema in both."""

    dialect: str
    url: str

    # -- the dialect's primitives -------------------------------------------------------------------
    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    @abstractmethod
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abstractmethod
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    @abstractmethod
    def iterate(self, sql: str, params: Sequence[Any] = (), batch: int = 10_000) -> Iterator[Row]:
        """Rows streamed in batches, for reads too large to hold twice."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """All or nothing: committed when the block ends, rolled back if it raises."""

    @abstractmethod
    def fulltext(self) -> FullText:
        """How this dialect matches and ranks quotes against a full-text query (``fts_query``'s)."""

    @abstractmethod
    def fts_query(self, text: str) -> str:
        """The user's words as this dialect's full-text query string."""

    @abstractmethod
    def run_migration(self, script: str, version: int, name: str) -> None:
        """Apply one migration script and record its version, atomically."""

    def migration_lock(self) -> AbstractContextManager[None]:
        """Held while the schema is brought up to date: one process at a time. SQLite's own write
        lock serialises each migration already (see ``migrate``)."""
        return nullcontext()

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- shared operations --------------------------------------------------------------------------
    def schema_version(self) -> int:
        rows = self.query("SELECT max(version) FROM schema_version")
        return int(rows[0][0] or 0)

    def known_keys(self, keys: Sequence[str]) -> set[str]:
        if not keys:
            return set()
        marks = ",".join("?" * len(keys))
        return {r[0] for r in self.query(f"SELECT key FROM articles WHERE key IN ({marks})", list(keys))}

    def add_article(
        self,
        key: str,
        article: Article,
        quotes: Sequence[Quote],
        source: str | None,
        published_at: str | None,
    ) -> None:
        """Insert one article and its quotes; call inside ``transaction()``. A known key is left alone."""
        self.add_article_rows([article_row(key, article, len(quotes), source, published_at)])
        self.add_quotes([quote_row(key, i, q, article.outlet, published_at) for i, q in enumerate(quotes)])

    def add_article_rows(self, rows: Sequence[Row]) -> None:
        """Article rows in ``ARTICLE_COLUMNS`` order; known keys are left alone."""
        if rows:
            self.executemany(
                f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({_marks(ARTICLE_COLUMNS)})"
                " ON CONFLICT (key) DO NOTHING",
                rows,
            )

    def add_quotes(self, rows: Sequence[Row]) -> None:
        if rows:
            self.executemany(
                f"INSERT INTO quotes ({', '.join(QUOTE_COLUMNS)}) VALUES ({_marks(QUOTE_COLUMNS)})"
                " ON CONFLICT (id) DO NOTHING",
                rows,
            )

    def update_links(self, rows: Sequence[tuple[str | None, str | None, str | None, str]]) -> None:
        """Set (speaker_id, cluster_id, wording) on the quote with the given id; call inside
        ``transaction()``."""
        self.executemany("UPDATE quotes SET speaker_id = ?, cluster_id = ?, wording = ? WHERE id = ?", rows)

    def quote_columns(self, columns: Sequence[str]) -> Iterator[Row]:
        """The given columns of every quote, in id order (what resolution reads)."""
        return self.iterate(f"SELECT {', '.join(columns)} FROM quotes ORDER BY id")

    def wordings(self) -> dict[str, str]:
        """Each quote's stored cluster wording, where it has one."""
        return {r[0]: r[1] for r in self.iterate("SELECT id, wording FROM quotes WHERE wording IS NOT NULL")}

    def replace_rows(self, table: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
        """Every row of ``table`` (a summary table resolution rebuilds) replaced by ``rows``, in
        ``columns`` order; call inside ``transaction()``."""
        self.execute(f"DELETE FROM {table}")
        if rows:
            self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({_marks(columns)})", rows)

    def clear_errors(self, sources: Sequence[str]) -> None:
        """Forget the errors recorded for ``sources`` (read since they failed); call inside
        ``transaction()``."""
        if sources:
            self.executemany("DELETE FROM errors WHERE source = ?", [(s,) for s in sources])

    def add_error(self, source: str, reason: str) -> None:
        self.execute(
            "INSERT INTO errors (source, reason) VALUES (?, ?)"
            " ON CONFLICT (source) DO UPDATE SET reason = excluded.reason",
            (source, reason),
        )

    def errors(self) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.query("SELECT source, reason FROM errors ORDER BY source")]

    def counts(self) -> dict[str, int]:
        tables = ("articles", "quotes", "speakers", "clusters", "errors")
        return {t: int(self.query(f"SELECT count(*) FROM {t}")[0][0]) for t in tables}


def _marks(columns: Sequence[str]) -> str:
    return ", ".join("?" * len(columns))
