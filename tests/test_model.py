"""The plain data model (``model.py``): quotes to and from dicts, the scopes and their floors, the
store column of each field, and articles and results every encoder and database can keep."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from quotegraph.model import (
    Article,
    ArticleResult,
    Quote,
    check_scope,
    floor,
    in_scope,
    kind_in_scope,
    quote_columns,
)
from tests.hostile import any_text, utf8_clean

SAID = Quote(1, 24, "The pier stays closed.", "direct", speaker="Yusuf Brennan", speaker_span=(30, 43),
             cue="said", cue_span=(44, 48), confidence=0.9, speaker_kind="person")  # fmt: skip


def test_a_quote_is_a_dict_of_plain_json_values_and_back() -> None:
    d = SAID.to_dict()
    assert (d["speaker_span"], d["cue_span"], d["kind"], d["group"]) == ([30, 43], [44, 48], "statement", None)
    assert Quote.from_dict(d) == SAID
    assert Quote.from_dict({**d, "speaker_id": "sp-brennan", "wording": "verbatim"}) == SAID  # others' fields
    assert Quote.from_dict({**d, "speaker_span": None}).speaker_span is None


def test_scopes_and_their_default_floors() -> None:
    assert (floor("statements"), floor("all")) == (0.5, 0.0)
    assert (floor("statements", 0), floor("all", 0.8)) == (0.0, 0.8)  # 0 shows every quote, not the default
    with pytest.raises(ValueError, match="scope must be 'statements' or 'all', not 'everything'"):
        check_scope("everything")
    with pytest.raises(ValueError):
        floor("statement")


@pytest.mark.parametrize(
    ("kind", "statements", "every"),
    [("statement", True, True), ("belief", False, True), ("other", False, True)],
)
def test_the_statements_scope_holds_statements_alone(kind: str, statements: bool, every: bool) -> None:
    assert (kind_in_scope(kind, "statements"), kind_in_scope(kind, "all")) == (statements, every)
    quote = Quote.from_dict({**SAID.to_dict(), "kind": kind})
    assert (in_scope(quote, "statements"), in_scope(quote, "all")) == (statements, every)


def test_each_field_has_its_store_column_and_a_span_two() -> None:
    columns = quote_columns()
    assert (columns["start_pos"], columns["end_pos"], columns["group_id"]) == ("start", "end", "group")
    assert columns["speaker_start"] == columns["speaker_end"] == "speaker_span"
    assert columns["speaker"] == "speaker" and "speaker_span" not in columns and "start" not in columns
    assert sorted(set(columns.values())) == sorted(Quote.__dataclass_fields__)


@settings(max_examples=100, deadline=None)
@given(text=any_text(1, 40))
def test_lone_surrogates_become_replacement_characters_in_place(text: str) -> None:
    article = Article(id=text, text=text, title=text, url=text, outlet=text, published=text)
    assert utf8_clean(article) and len(article.text) == len(text)
    assert all(a == b or (0xD800 <= ord(b) <= 0xDFFF and a == "\ufffd") for a, b in zip(article.text, text, strict=True))


def test_a_nul_leaves_the_metadata_and_stays_in_the_text() -> None:
    article = Article("a\x001", "The pier\x00 is shut.", url="https://x.example/\x00", title="Pier\x00 shut")
    assert (article.id, article.url, article.title) == ("a1", "https://x.example/", "Pier shut")
    assert article.text == "The pier\x00 is shut."  # for the input check to refuse with its reason


def test_a_result_can_be_written_whatever_its_id_and_reason_held() -> None:
    refused = ArticleResult("s\udc80", error="undecodable \ud800")
    assert refused.to_dict() == {"id": "s\ufffd", "quotes": [], "error": "undecodable \ufffd"}
    assert ArticleResult("a1", [SAID]).to_dict() == {"id": "a1", "quotes": [SAID.to_dict()]}
