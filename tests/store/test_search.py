"""The one search path (``queries.run_search``, ``count_search``, ``iter_search``): order, totals,
the kind filter, inclusive days, and whole results beyond a page, on the hand-built corpus of
test_queries (SQLite, and PostgreSQL when QUOTEGRAPH_TEST_PG is set)."""

from __future__ import annotations

from datetime import date

import pytest

from quotegraph.store import Store
from quotegraph.store.queries import SearchFilters, count_search, iter_search, run_search, search
from tests.store.handmade import ids


def test_sorts_by_date_and_confidence(corpus: Store) -> None:
    newest = ids(run_search(corpus, SearchFilters(min_confidence=0, sort="newest"), 0, 10))
    oldest = ids(run_search(corpus, SearchFilters(min_confidence=0, sort="oldest"), 0, 10))
    assert newest[:2] == ["a4-0", "a4-1"] and oldest[:2] == ["a2-0", "a2-1"]
    by_confidence = run_search(corpus, SearchFilters(min_confidence=0, sort="confidence"), 0, 10)
    assert by_confidence[-1].id == "a4-1"  # the one unsure attribution (0.4) comes last
    worded = SearchFilters("gratitude", sort="oldest")
    assert ids(run_search(corpus, worded)) == ["a2-0", "a3-0", "a1-0"]


def test_totals_count_every_match_not_a_page(corpus: Store) -> None:
    assert count_search(corpus, SearchFilters("gratitude")) == 3
    assert len(run_search(corpus, SearchFilters("gratitude"), 0, 2)) == 2
    assert count_search(corpus, SearchFilters()) == 6  # statements at the floor: not the belief, not 0.4
    assert count_search(corpus, SearchFilters(scope="all")) == 8
    assert count_search(corpus, SearchFilters(speaker="nobody at all")) == 0


def test_kind_filter_searches_that_kind(corpus: Store) -> None:
    assert ids(search(corpus, "ceasefire", kind="belief")) == ["a5-0"]
    assert ids(search(corpus, "ceasefire", kind="statement")) == ["a2-1"]


def test_days_are_inclusive_and_checked(corpus: Store) -> None:
    found = run_search(corpus, SearchFilters("gratitude", until=date(2025, 3, 11), sort="oldest"))
    assert ids(found) == ["a2-0", "a3-0"]  # the 11th's report (15:30) is in
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        search(corpus, "gratitude", since="10/03/2025")


def test_whole_result_streams_past_any_page(corpus: Store) -> None:
    f = SearchFilters(scope="all", sort="oldest")
    streamed = ids(list(iter_search(corpus, f)))
    assert streamed == ids(run_search(corpus, f, 0, 100)) and len(streamed) == 8
    assert ids(list(iter_search(corpus, SearchFilters("gratitude")))) == ids(search(corpus, "gratitude"))
