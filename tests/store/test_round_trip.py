"""What goes into the store comes back out unchanged, and an article never lands without its quotes."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotegraph.ingest import article_key
from quotegraph.model import Article, Quote
from quotegraph.store import Store
from quotegraph.store.base import ARTICLE_COLUMNS, QUOTE_COLUMNS

CHARS = st.characters() | st.characters(categories=["Cs"]) | st.sampled_from("\x00'\"\\%_;\n\u2028😀")


def texts(min_size: int = 0, max_size: int = 30) -> st.SearchStrategy[str]:
    """Any characters: lone surrogates, NULs, quotes, SQL's wildcards (``st.text`` never makes surrogates)."""
    return st.lists(CHARS, min_size=min_size, max_size=max_size).map("".join)


def optional(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str | None]:
    return st.none() | strategy


@st.composite
def articles(draw: st.DrawFn) -> tuple[Article, list[Quote]]:
    text = draw(texts(1, 200)).replace("\x00", "")  # a NUL in the text is refused before the store
    article = Article(
        id=draw(texts(1)), text=text or "x", url=draw(optional(texts())), outlet=draw(optional(texts())),
        published=draw(optional(texts())), title=draw(optional(texts())),
    )  # fmt: skip
    names = texts(1).map(lambda s: Article(id=s, text=s).id)  # as clean as the text they come from
    quotes = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, len(article.text) - 1))
        end = draw(st.integers(start + 1, len(article.text)))
        quotes.append(Quote(
            start=start, end=end, text=article.text[start:end], type=draw(st.sampled_from(["direct", "indirect"])),
            speaker=draw(optional(names)), speaker_span=(start, end), speaker_mention=draw(optional(names)),
            confidence=draw(st.floats(0, 1)), kind=draw(st.sampled_from(["statement", "belief"])),
        ))  # fmt: skip
    return article, quotes


_keys = itertools.count()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drawn=articles())
def test_articles_and_quotes_come_back_unchanged(store: Store, drawn: tuple[Article, list[Quote]]) -> None:
    article, quotes = drawn
    key = f"{article_key(article)[:24]}{next(_keys):08d}"
    with store.transaction():
        store.add_article(key, article, quotes, "src", "2024-01-02T03:04:05")
    row = store.query(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE key = ?", [key])
    assert row == [(key, article.id, "src", article.url, article.outlet, article.published,
                    "2024-01-02T03:04:05", article.title, article.text, len(quotes))]  # fmt: skip
    back = store.query(f"SELECT {', '.join(QUOTE_COLUMNS)} FROM quotes WHERE article_key = ? ORDER BY idx", [key])
    assert len(back) == len(quotes)
    for q, r in zip(quotes, back, strict=True):
        got = dict(zip(QUOTE_COLUMNS, r, strict=True))
        assert (got["start_pos"], got["end_pos"], got["text"], got["speaker"], got["speaker_mention"]) == (
            q.start, q.end, q.text, q.speaker, q.speaker_mention)  # fmt: skip
        assert article.text[got["start_pos"] : got["end_pos"]] == got["text"]
        assert got["confidence"] == pytest.approx(q.confidence)


def test_an_article_lands_with_its_quotes_or_not_at_all(store: Store) -> None:
    article = Article(id="a", text="The mayor said the pier would reopen.")
    good = Quote(start=4, end=9, text="mayor", type="indirect", confidence=0.9)
    broken = Quote(start=0, end=3, text=None, type="direct", confidence=0.9)  # type: ignore[arg-type]
    with pytest.raises(Exception, match="(?i)null"), store.transaction():
        store.add_article("k" * 32, article, [good, broken], "src", None)
    assert store.known_keys(["k" * 32]) == set()
    assert store.query("SELECT count(*) FROM quotes WHERE article_key = ?", ["k" * 32]) == [(0,)]
