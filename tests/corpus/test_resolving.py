"""Resolve over the whole store: one speaker per person across articles, one cluster per statement
across outlets, the same whatever order the articles came in, and nothing changed by a second run."""

from __future__ import annotations

from quotegraph.corpus.resolving import ResolveReport, resolve_corpus
from quotegraph.model import Article, Quote
from quotegraph.store import open_store

CLAIM = "the pier will stay closed all summer"
ARTICLES = [
    ("k1", Article("a1", "...", outlet="Daily Planet", published="2025-06-02"),
     [Quote(0, 36, CLAIM, "direct", speaker="Ana Ruiz", role="harbour master", confidence=0.9)]),
    ("k2", Article("a2", "...", outlet="Metro Times", published="2025-06-03"),
     [Quote(0, 36, CLAIM, "direct", speaker="Ruiz", confidence=0.9),
      Quote(0, 20, "ferries will run late", "indirect", speaker="Tom Vale", confidence=0.8)]),
]  # fmt: skip


def resolved(url: str, order: list[int]) -> tuple[ResolveReport, list[tuple[str, ...]]]:
    with open_store(url) as store:
        with store.transaction():
            for i in order:
                key, article, quotes = ARTICLES[i]
                store.add_article(key, article, quotes, None, article.published)
        report = resolve_corpus(store)
        assert resolve_corpus(store) == ResolveReport(report.speakers, report.clusters, 0)  # a second run
        return report, store.query("SELECT id, speaker_id, cluster_id FROM quotes ORDER BY id")


def test_one_speaker_and_one_cluster_across_outlets_in_any_order(db_url: str) -> None:
    report, links = resolved(db_url, [0, 1])
    assert report == ResolveReport(speakers=2, clusters=1, changed_quotes=3)
    (q1, ruiz, cluster), (q2, ruiz_again, same), (q3, vale, alone) = links
    assert ruiz == ruiz_again != vale and cluster == same == "k1-0" and alone == "k2-1"
    with open_store(db_url) as store:
        assert store.query("SELECT name, n_quotes, n_articles FROM speakers ORDER BY name") == [
            ("Ana Ruiz", 2, 2), ("Tom Vale", 1, 1),
        ]  # fmt: skip
        store.execute("DELETE FROM quotes")
        store.execute("DELETE FROM articles")
    assert resolved(db_url, [1, 0])[1] == links
