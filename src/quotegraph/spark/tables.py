"""The Parquet tables the Spark jobs write: names, columns and Spark DDL, in step with the store schema.

Like the store, ``quotes`` holds every kind of attribution at any confidence (its ``kind`` column:
statement, belief, finding, intention, stance, other); the speaker summaries under ``resolved/``
count statements at the default floor (``model.DEFAULT_MIN_CONFIDENCE``) in their plain columns and
every kind in the ``_all`` ones (``speaker_outlets`` by ``scope``).

Extraction tables are partitioned by ``date`` (publication day, ``YYYY-MM-DD`` or ``unknown``) and
``batch`` (one run's inputs), so re-running a batch replaces its partitions and nothing else.
Resolution tables (under ``resolved/``) are whole-corpus results, rewritten by each run.
"""

from __future__ import annotations

from typing import Any

from quotegraph.store.base import ARTICLE_COLUMNS, QUOTE_COLUMNS

PARTITION_COLUMNS = ("date", "batch")
UNKNOWN_DATE = "unknown"

ARTICLES = "articles"
QUOTES = "quotes"
MENTIONS = "speaker_mentions"
ERRORS = "errors"
EXTRACT_TABLES = (ARTICLES, QUOTES, MENTIONS, ERRORS)

RESOLVED = "resolved"
QUOTE_SPEAKERS = "quote_speakers"
SPEAKERS = "speakers"
SPEAKER_ALIASES = "speaker_aliases"
SPEAKER_ROLES = "speaker_roles"
SPEAKER_OUTLETS = "speaker_outlets"
QUOTE_CLUSTERS = "quote_clusters"
CLUSTERS = "clusters"

_INT_COLUMNS = {
    "n_quotes", "idx", "start_pos", "end_pos", "speaker_start", "speaker_end", "cue_start", "cue_end",
    "n_articles", "n", "size", "n_outlets", "n_quotes_all", "n_articles_all",
}  # fmt: skip
_DOUBLE_COLUMNS = {"confidence"}
_ARRAY_COLUMNS = {"co_mentioned"}

MENTION_COLUMNS = (
    "quote_id", "article_key", "speaker", "role", "outlet", "published_at", "co_mentioned", "surname_key",
    "kind", "confidence",
)  # fmt: skip
"""One quote whose speaker string holds a personal name, with what identity needs to place it (and
its kind and confidence, which the speaker summaries count by)."""
ERROR_COLUMNS = ("source", "reason")
SPEAKER_COLUMNS = (
    "id", "name", "n_quotes", "n_articles", "first_seen", "last_seen",
    "n_quotes_all", "n_articles_all", "first_seen_all", "last_seen_all",
)  # fmt: skip
"""As the store's ``speakers``: counts and dates of statements at the default floor, then of every
kind (``_all``)."""

COLUMNS: dict[str, tuple[str, ...]] = {
    ARTICLES: ARTICLE_COLUMNS,
    QUOTES: QUOTE_COLUMNS,
    MENTIONS: MENTION_COLUMNS,
    ERRORS: ERROR_COLUMNS,
    QUOTE_SPEAKERS: ("quote_id", "speaker_id", "alias", "reason"),
    SPEAKERS: SPEAKER_COLUMNS,
    SPEAKER_ALIASES: ("speaker_id", "alias", "n", "reason"),
    SPEAKER_ROLES: ("speaker_id", "role", "first_seen", "last_seen", "n"),
    SPEAKER_OUTLETS: ("speaker_id", "outlet", "n", "scope"),
    QUOTE_CLUSTERS: ("quote_id", "cluster_id"),
    CLUSTERS: ("id", "size", "n_outlets", "earliest_quote"),
}


def column_type(column: str) -> str:
    """The column's Spark SQL type."""
    if column in _INT_COLUMNS:
        return "INT"
    if column in _DOUBLE_COLUMNS:
        return "DOUBLE"
    if column in _ARRAY_COLUMNS:
        return "ARRAY<STRING>"
    return "STRING"


def ddl(table: str) -> str:
    """The Spark schema of ``table`` as a DDL string; extraction tables end with the partition columns."""
    columns = COLUMNS[table] + (PARTITION_COLUMNS if table in EXTRACT_TABLES else ())
    return ", ".join(f"`{c}` {column_type(c)}" for c in columns)


def arrow_schema(table: str, partitioned: bool = False) -> Any:
    """The table's columns as a pyarrow schema (with the partition columns if ``partitioned``)."""
    import pyarrow as pa

    types = {
        "INT": pa.int32(),
        "DOUBLE": pa.float64(),
        "STRING": pa.string(),
        "ARRAY<STRING>": pa.list_(pa.string()),
    }
    columns = COLUMNS[table] + (PARTITION_COLUMNS if partitioned else ())
    return pa.schema([(c, types[column_type(c)]) for c in columns])


def spark_type(arrow_type: Any) -> str:
    """The Spark SQL type of a pyarrow type of ``arrow_schema``'s."""
    import pyarrow as pa

    if pa.types.is_list(arrow_type):
        return f"ARRAY<{spark_type(arrow_type.value_type)}>"
    names = {pa.int32(): "INT", pa.int64(): "BIGINT", pa.float64(): "DOUBLE", pa.string(): "STRING"}
    return names[arrow_type]


def day(published_at: str | None) -> str:
    """The ``date`` partition of a normalised timestamp."""
    return published_at[:10] if published_at else UNKNOWN_DATE
