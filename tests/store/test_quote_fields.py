"""A quote's fields are defined once, by ``model.Quote``; every other place that lists them is checked
against it here, so that a new field needs only ``model.py`` and the store (a migration and
``QUOTE_COLUMNS``) and the rest follows or fails here."""

from __future__ import annotations

import typing
from dataclasses import fields

from quotegraph.model import QUOTE_FIELDS, Quote, quote_columns
from quotegraph.store import Store
from quotegraph.store.base import QUOTE_COLUMNS, quote_row
from quotegraph.store.queries import RECORD_FIELDS, QuoteRecord
from quotegraph.web.schemas import ExtractedQuote, QuoteOut

STORE_OWN = {"id", "article_key", "idx", "outlet", "published_at"}
"""Columns the store adds to a quote's fields: its identity, and the article's outlet and date kept
beside each quote for fast filtering."""
RECORD_LEAVES_OUT = {"speaker_span", "cue_span"}
"""What a corpus record does not carry: offsets of the speaker and cue words (the store keeps them)."""
SPAN_TYPES = {"speaker_start", "speaker_end", "cue_start", "cue_end"}


def record_name(field: str) -> str:
    return "group_id" if field == "group" else field


def full_quote() -> Quote:
    """A quote with every field set to a value of its own."""
    return Quote(
        start=3, end=9, text="words", type="mixed", speaker="Ana Ruiz", speaker_span=(11, 19),
        speaker_mention="the mayor", role="mayor", cue="said", cue_span=(20, 24), addressee="reporters",
        target="the council", confidence=0.75, kind="belief", speaker_kind="person", group="g1",
    )  # fmt: skip


def test_the_full_quote_sets_every_field() -> None:
    defaults = Quote(0, 0, "", "direct")
    assert [f.name for f in fields(Quote) if getattr(full_quote(), f.name) == getattr(defaults, f.name)] == []


def test_the_store_has_a_column_for_every_field_and_writes_it() -> None:
    assert set(QUOTE_COLUMNS) - STORE_OWN == set(quote_columns())
    row = dict(zip(QUOTE_COLUMNS, quote_row("k", 0, full_quote(), "Outlet", None), strict=True))
    quote = full_quote().to_dict()
    for column, field in quote_columns().items():
        value = quote[field]
        expected = value[column.endswith("_end")] if field.endswith("_span") else value
        assert row[column] == expected, column


def test_the_migrations_make_every_column(store: Store) -> None:
    if store.dialect == "sqlite":
        have = {r[1] for r in store.query("PRAGMA table_info(quotes)")}
    else:
        have = {r[0] for r in store.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'quotes'"
            " AND table_schema = current_schema()"
        )}  # fmt: skip
    assert set(QUOTE_COLUMNS) <= have


def test_a_corpus_record_carries_every_field() -> None:
    record = set(QuoteRecord.__dataclass_fields__)
    assert {record_name(f) for f in QUOTE_FIELDS} - RECORD_LEAVES_OUT <= record


def test_the_web_api_shows_what_the_record_and_extraction_give() -> None:
    assert list(QuoteOut.model_fields) == list(RECORD_FIELDS)
    assert set(ExtractedQuote.model_fields) == {*QUOTE_FIELDS, "verbatim"}


def test_the_spark_tables_type_every_column_as_the_model_does() -> None:
    from quotegraph.spark.tables import QUOTES, ddl

    spark = dict(part.rsplit(" ", 1) for part in ddl(QUOTES).split(", "))
    hints = typing.get_type_hints(Quote)
    for column, field in quote_columns().items():
        if column in SPAN_TYPES:
            expected = "INT"
        else:
            kind = hints[field]
            args = set(typing.get_args(kind)) - {type(None)} or {kind}
            expected = "INT" if int in args else "DOUBLE" if float in args else "STRING"
        assert spark[f"`{column}`"] == expected, column
