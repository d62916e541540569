"""Search, speaker profiles, quote clusters and export over a small corpus built by hand.

The articles are stored out of publication order: the Gazette's report (12 March) comes first,
the Planet's (10 March), the earliest source, second.
"""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from quotegraph.corpus.resolving import resolve_corpus
from quotegraph.model import Article, Quote, QuoteType, Speaker
from quotegraph.store import Store
from quotegraph.store.export import export
from quotegraph.store.queries import Alias, Role, find_speakers, quote_cluster, search, speaker_profile

GRATITUDE = "We expressed our gratitude for the hospitality and the constructive talks"


def q(
    text: str, speaker: str, role: str | None = None, type: QuoteType = "direct", target: str | None = None
) -> Quote:
    return Quote(start=0, end=len(text), text=text, type=type, speaker=speaker, role=role, target=target)


CORPUS = [
    ("a1", Article("g-1", "...", outlet="Gotham Gazette", published="2025-03-12T10:00:00+01:00"),
     [q(GRATITUDE, "Steven Witkoff", "US envoy")]),
    ("a2", Article("p-1", "...", outlet="Daily Planet", published="2025-03-10"),
     [q(GRATITUDE + ".", "Steve Witkoff", "US special envoy"),
      q("the ceasefire must hold through the holiday", "Steve Witkoff", type="indirect")]),
    ("a3", Article("m-1", "...", outlet="Metro Times", published="2025-03-11T15:30:00Z"),
     [q("expressed our gratitude for the hospitality", "Witkoff"),
      q("This budget fails working families across Arizona", "Senator Mark Kelly", "senator",
        target="the budget")]),
    ("a4", Article("s-1", "...", outlet="Space Weekly", published="2025-03-13"),
     [q("Living on the station for a year taught me patience", "Scott Kelly", "astronaut"),
      q("the budget for space research is far too small", "Kelly", "former astronaut", type="indirect")]),
]  # fmt: skip


@pytest.fixture
def corpus(store: Store) -> Store:
    from quotegraph.corpus.dates import normalise_date

    with store.transaction():
        for key, article, quotes in CORPUS:
            store.add_article(key, article, quotes, f"{article.id}.txt", normalise_date(article.published))
    resolve_corpus(store)
    return store


def ids(records: list) -> list[str]:
    return [r.id for r in records]


def test_full_text_search_with_filters(corpus: Store) -> None:
    assert sorted(ids(search(corpus, "gratitude"))) == ["a1-0", "a2-0", "a3-0"]
    assert ids(search(corpus, "gratitude", outlet="metro times")) == ["a3-0"]
    assert ids(search(corpus, "gratitude", since="2025-03-11", until="2025-03-11")) == ["a3-0"]
    assert ids(search(corpus, "gratitude", until="2025-03-10")) == ["a2-0"]
    assert ids(search(corpus, "budget", type="indirect")) == ["a4-1"]
    assert ids(search(corpus, "budget", target="budget")) == ["a3-1"]
    assert ids(search(corpus, "budget", speaker="Scott Kelly")) == ["a4-1"]
    assert ids(search(corpus, "patience", speaker="Mark Kelly")) == []
    assert ids(search(corpus, "", speaker="Witkoff")) == ["a1-0", "a3-0", "a2-0", "a2-1"]


def test_search_stems_words(corpus: Store) -> None:
    assert ids(search(corpus, "families fail")) == ["a3-1"]


def test_speakers_found_by_name_or_alias(corpus: Store) -> None:
    assert [name for _, name, _ in find_speakers(corpus, "steven witkoff")] == ["Steve Witkoff"]
    assert [name for _, name, _ in find_speakers(corpus, "Kelly")] == ["Scott Kelly"]
    assert [name for _, name, _ in find_speakers(corpus, "Mark")] == ["Mark Kelly"]


def test_speaker_profile(corpus: Store) -> None:
    [(sid, _, _)] = find_speakers(corpus, "Witkoff")
    profile = speaker_profile(corpus, sid)
    assert profile is not None
    assert (profile.name, profile.n_quotes, profile.n_articles) == ("Steve Witkoff", 4, 3)
    assert (profile.first_seen, profile.last_seen) == ("2025-03-10T00:00:00", "2025-03-12T09:00:00")
    assert profile.roles == [
        Role("US special envoy", "2025-03-10", "2025-03-10", 1),
        Role("US envoy", "2025-03-12", "2025-03-12", 1),
    ]
    assert profile.outlets == [("Daily Planet", 2), ("Gotham Gazette", 1), ("Metro Times", 1)]
    assert profile.aliases == [
        Alias("Steve Witkoff", 2, "full name"),
        Alias("Steven Witkoff", 1, "same surname, given name nickname of 'Steve'"),
        Alias("Witkoff", 1, "surname only; the only person named Witkoff in the corpus"),
    ]
    assert [(rec.id, size) for rec, size in profile.top_quotes] == [("a2-0", 3), ("a2-1", 1)]
    assert profile.speaker == Speaker(
        sid,
        "Steve Witkoff",
        ["Steven Witkoff", "Witkoff"],
        [("US special envoy", "2025-03-10"), ("US envoy", "2025-03-12")],
    )


def test_a_quote_cluster_in_publication_order_earliest_first(corpus: Store) -> None:
    for member in ("a1-0", "a2-0", "a3-0"):
        cluster = quote_cluster(corpus, member)
        assert cluster is not None
        assert cluster.id == "a1-0"
        assert [(r.id, r.outlet, r.published_at) for r in cluster.quotes] == [
            ("a2-0", "Daily Planet", "2025-03-10T00:00:00"),
            ("a3-0", "Metro Times", "2025-03-11T15:30:00"),
            ("a1-0", "Gotham Gazette", "2025-03-12T09:00:00"),
        ]
        assert cluster.earliest.id == "a2-0"
    assert corpus.query("SELECT id, size, n_outlets, earliest_quote FROM clusters") == [
        ("a1-0", 3, 3, "a2-0")
    ]


def test_a_quote_alone_is_its_own_cluster(corpus: Store) -> None:
    cluster = quote_cluster(corpus, "a4-0")
    assert cluster is not None
    assert ids(cluster.quotes) == ["a4-0"]
    assert quote_cluster(corpus, "nope") is None


def test_resolving_again_changes_nothing(corpus: Store) -> None:
    assert resolve_corpus(corpus).changed_quotes == 0


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export(corpus: Store, fmt: str) -> None:
    out = io.BytesIO()
    assert export(corpus, fmt, out) == 7
    data = out.getvalue()
    if fmt == "jsonl":
        rows = [json.loads(line) for line in data.decode().splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(data.decode())))
    else:
        rows = pq.read_table(io.BytesIO(data)).to_pylist()
    assert [r["id"] for r in rows] == ["a1-0", "a2-0", "a2-1", "a3-0", "a3-1", "a4-0", "a4-1"]
    first = rows[0]
    assert (first["speaker_name"], first["outlet"], first["cluster_id"]) == (
        "Steve Witkoff",
        "Gotham Gazette",
        "a1-0",
    )
    assert str(first["start"]) == "0"
