"""The reads the web pages and the API make, over the small corpus built by hand (``handmade``):
pages of the newest quotes, articles, outlets and speakers, each at its scope's confidence floor."""

from __future__ import annotations

from quotegraph.store import Store
from quotegraph.store.queries import COUNT_CAP
from quotegraph.store.views import (
    Page,
    article,
    article_count,
    articles,
    latest_quotes,
    outlet_index,
    outlets,
)
from tests.store.handmade import ids


def test_a_page_counts_its_pages_up_to_the_cap() -> None:
    assert (Page([], 1, 20, True, 41).n_pages, Page([], 1, 20, True, 40).n_pages) == (3, 2)
    assert Page([], 1, 20, False).n_pages is None and not Page([], 1, 20, False, 0).total_capped
    capped = Page([], 1, 20, True, COUNT_CAP + 1)
    assert capped.total_capped and capped.n_pages == -(-COUNT_CAP // 20)


def test_latest_quotes_newest_first_page_by_page(corpus: Store) -> None:
    first = latest_quotes(corpus, per_page=2)
    assert ids(first.items) == ["a4-0", "a1-0"] and first.has_more
    assert ids(latest_quotes(corpus, page=3, per_page=2).items) == ["a2-0", "a2-1"]
    assert not latest_quotes(corpus, page=3, per_page=2).has_more
    # Every kind, without a floor: the Harbour Times belief and Kelly's unsure paraphrase too.
    assert len(latest_quotes(corpus, per_page=20, scope="all").items) == 8


def test_articles_count_the_quotes_their_scope_shows(corpus: Store) -> None:
    page = articles(corpus, oldest_first=True)
    assert [(a.key, a.n_quotes) for a in page.items] == [("a5", 0), ("a2", 2), ("a3", 2), ("a1", 1), ("a4", 1)]
    assert page.total == 5 and not page.has_more
    assert [(a.key, a.n_quotes) for a in articles(corpus, outlet="space weekly", scope="all").items] == [("a4", 2)]
    assert (article_count(corpus, "a4"), article_count(corpus, "a4", "all"), article_count(corpus, "x")) == (
        1, 2, None,
    )  # fmt: skip


def test_an_article_with_its_quotes_in_text_order(corpus: Store) -> None:
    found = article(corpus, "a4", min_confidence=0)
    assert found is not None
    record, quotes = found
    assert (record.outlet, record.n_quotes, ids(quotes)) == ("Space Weekly", 2, ["a4-0", "a4-1"])
    assert article(corpus, "missing") is None


def test_outlets_most_quoted_first(corpus: Store) -> None:
    index = outlet_index(corpus)
    assert [(o.outlet, o.n_quotes, o.n_articles) for o in index.items] == [
        ("Daily Planet", 2, 1), ("Metro Times", 2, 1), ("Gotham Gazette", 1, 1), ("Space Weekly", 1, 1),
    ]  # fmt: skip
    assert index.total == 4  # the Harbour Times reports only a belief
    assert [s[1] for s in index.items[0].speakers] == ["Steve Witkoff"]
    assert outlets(corpus) == ["Daily Planet", "Metro Times", "Space Weekly", "Gotham Gazette", "Harbour Times"]
