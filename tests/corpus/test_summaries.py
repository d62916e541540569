"""The summary tables resolve writes, computed from rows alone: clusters of two reports or more with
their earliest report, and per speaker what each scope shows (a belief only with scope "all")."""

from __future__ import annotations

import numpy as np

from quotegraph.corpus.summaries import QuoteFacts, articles, summarise
from quotegraph.resolve.speakers import Link, Resolution

CLAIM = "the pier will stay closed all summer"


def fact(id: str, key: str, outlet: str, day: str | None, kind: str = "statement", conf: float = 0.9) -> QuoteFacts:
    return QuoteFacts(id, key, "Ana Ruiz", None, outlet, day, CLAIM, None, None, None, None, kind, conf)


QUOTES = [
    fact("k1-0", "k1", "Daily Planet", "2025-06-03T00:00:00"),
    fact("k2-0", "k2", "Metro Times", "2025-06-02T00:00:00", kind="belief"),
    fact("k2-1", "k2", "Metro Times", None),
    fact("k3-0", "k3", "Daily Planet", "2025-06-04T00:00:00", conf=0.3),
]
RESOLUTION = Resolution({q.id: Link("sp-ruiz", "Ana Ruiz", "same name") for q in QUOTES}, {"sp-ruiz": "Ana Ruiz"})


def test_repeats_within_one_article_count_once() -> None:
    assert articles(QUOTES) == 3 and articles(QUOTES[1:3]) == 1


def test_a_cluster_names_its_earliest_report_and_counts_outlets_and_articles() -> None:
    tables = summarise(QUOTES, ["sp-ruiz"] * 4, np.array([0, 0, 0, 3]), RESOLUTION)
    assert tables.clusters == [("k1-0", 3, 2, "k2-0", 2, 0)]  # the undated report sorts last


def test_each_scope_counts_what_it_shows() -> None:
    tables = summarise(QUOTES, ["sp-ruiz"] * 4, np.array([0, 0, 0, 3]), RESOLUTION)
    assert tables.speakers == [(
        "sp-ruiz", "Ana Ruiz",
        2, 2, "2025-06-03T00:00:00", "2025-06-03T00:00:00",  # statements at the floor: not the belief, not 0.3
        4, 3, "2025-06-02T00:00:00", "2025-06-04T00:00:00",  # every kind, any confidence
    )]  # fmt: skip
    assert sorted(tables.outlets) == [
        ("sp-ruiz", "Daily Planet", 1, "statements"), ("sp-ruiz", "Daily Planet", 2, "all"),
        ("sp-ruiz", "Metro Times", 1, "statements"), ("sp-ruiz", "Metro Times", 2, "all"),
    ]  # fmt: skip
