"""Provenance over a small corpus built by hand: which reports are one statement, which altered its
words, and how many articles and outlets reported it.

The mayor's statement is printed first by the Daily Planet (twice, as a live blog does), then by the
Gotham Gazette with two words changed, by Metro Times with an elision and, a day later, as a
paraphrase. A radio host's question in the Harbour Herald and an unnamed spokeswoman in Space Weekly
use most of the same words: they are other statements.
"""

from __future__ import annotations

import csv
import io

import pytest

from quotegraph.corpus.dates import normalise_date
from quotegraph.corpus.resolving import resolve_corpus
from quotegraph.model import Article, Quote, QuoteType
from quotegraph.store import Store
from quotegraph.store.export import export
from quotegraph.store.queries import altered_by, quote_cluster, search, speaker_profile

SAID = "The new line will carry ten thousand people a day by spring, and the fares will stay low."


def q(text: str, speaker: str, type: QuoteType = "direct") -> Quote:
    kind = "person" if speaker[0].isupper() else "unnamed"
    return Quote(0, len(text), text, type, speaker=speaker, confidence=0.9, speaker_kind=kind)  # type: ignore[arg-type]


CORPUS = [
    ("p1", "Daily Planet", "2025-03-10", [q(SAID, "Ana Ruiz"), q(SAID, "Ana Ruiz")]),
    ("p2", "Gotham Gazette", "2025-03-11", [q(SAID.replace("will carry", "would carry").replace("day", "week"),
                                                "Mayor Ana Ruiz")]),
    ("p3", "Metro Times", "2025-03-12", [q("The new line will carry ten thousand people ... and the fares will"
                                            " stay low.", "Ruiz")]),
    ("p4", "Harbour Herald", "2025-03-12", [q("Will the new line carry ten thousand people a day by spring, and"
                                               " will the fares stay low?", "Tom Baker")]),
    ("p5", "Space Weekly", "2025-03-13", [q(SAID.replace("spring", "summer"), "a spokeswoman for the opposition")]),
    ("p6", "Metro Times", "2025-03-14", [q("the new line would carry ten thousand people a day by spring, and the"
                                            " fares would stay low", "Ana Ruiz", "indirect")]),
]  # fmt: skip


@pytest.fixture
def corpus(store: Store) -> Store:
    with store.transaction():
        for key, outlet, day, quotes in CORPUS:
            article = Article(key, "...", outlet=outlet, published=day)
            store.add_article(key, article, quotes, key, normalise_date(day))
    resolve_corpus(store)
    return store


def test_each_report_carries_its_wording_against_the_earliest(corpus: Store) -> None:
    rows = corpus.query("SELECT id, cluster_id, wording FROM quotes ORDER BY id")
    assert rows == [
        ("p1-0", "p1-0", "earliest"), ("p1-1", "p1-0", "same"), ("p2-0", "p1-0", "altered"),
        ("p3-0", "p1-0", "same"), ("p4-0", "p4-0", None), ("p5-0", "p5-0", None), ("p6-0", "p1-0", "paraphrase"),
    ]  # fmt: skip


def test_a_cluster_counts_distinct_articles_and_outlets(corpus: Store) -> None:
    assert corpus.query("SELECT id, size, n_articles, n_outlets, n_altered, earliest_quote FROM clusters") == [
        ("p1-0", 5, 4, 3, 1, "p1-0")
    ]
    cluster = quote_cluster(corpus, "p2-0", scope="all")
    assert cluster is not None and (cluster.n_articles, cluster.n_outlets) == (4, 3)
    assert [r.wording for r in cluster.quotes] == ["earliest", "same", "altered", "same", "paraphrase"]
    profile = speaker_profile(corpus, cluster.earliest.speaker_id or "", scope="all")
    assert profile is not None and profile.top_quotes[0][1] == 4  # articles, not reports


def test_search_lists_the_statements_some_outlet_altered_with_those_outlets(corpus: Store) -> None:
    found = search(corpus, altered=True)
    assert [r.id for r in found] == ["p1-0"]
    assert [r.id for r in search(corpus, "fares", altered=True)] == ["p1-0"]
    assert search(corpus, "fares", speaker="Tom Baker", altered=True) == []
    assert altered_by(corpus, ["p1-0"]) == {"p1-0": [("Gotham Gazette", "p2-0")]}


def test_export_has_a_wording_column(corpus: Store) -> None:
    out = io.BytesIO()
    export(corpus, "csv", out, scope="all")
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode())))
    assert {r["id"]: r["wording"] for r in rows}["p2-0"] == "altered"
    assert {r["id"]: r["wording"] for r in rows}["p4-0"] == ""


def test_resolving_again_changes_nothing(corpus: Store) -> None:
    before = corpus.query("SELECT id, speaker_id, cluster_id, wording FROM quotes ORDER BY id")
    assert resolve_corpus(corpus).changed_quotes == 0
    assert corpus.query("SELECT id, speaker_id, cluster_id, wording FROM quotes ORDER BY id") == before


def test_the_command_line_lists_altered_statements_with_the_outlets(
    corpus: Store, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from quotegraph.cli import main as cli

    assert cli(["search", "--altered", "--scope", "all", "--db", db_url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("p1-0  2025-03-10 Daily Planet  Ana Ruiz")
    assert lines[1:] == ["    altered by: Gotham Gazette (p2-0)"]
    assert cli(["quote", "p2-0", "--scope", "all", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("cluster p1-0: 5 report(s) in 4 article(s), 3 outlet(s), earliest first\n")
    assert "p2-0  2025-03-11 Gotham Gazette" in out and "(words altered)" in out
