"""Search, speaker profiles and quote clusters over the small corpus built by hand (``handmade``)."""

from __future__ import annotations

import pytest

from quotegraph.corpus.resolving import resolve_corpus
from quotegraph.model import Article, Speaker
from quotegraph.store import Store
from quotegraph.store.queries import Alias, Role, find_speakers, quote_cluster, search, speaker_profile
from tests.store.handmade import CORPUS, GRATITUDE, exported, ids, q


def test_full_text_search_with_filters(corpus: Store) -> None:
    assert sorted(ids(search(corpus, "gratitude"))) == ["a1-0", "a2-0", "a3-0"]
    assert ids(search(corpus, "gratitude", outlet="metro times")) == ["a3-0"]
    assert ids(search(corpus, "gratitude", since="2025-03-11", until="2025-03-11")) == ["a3-0"]
    assert ids(search(corpus, "gratitude", until="2025-03-10")) == ["a2-0"]
    assert ids(search(corpus, "budget", type="indirect", min_confidence=0)) == ["a4-1"]
    assert ids(search(corpus, "budget", target="budget")) == ["a3-1"]
    assert ids(search(corpus, "budget", speaker="Scott Kelly", min_confidence=0)) == ["a4-1"]
    assert ids(search(corpus, "patience", speaker="Mark Kelly")) == []
    assert ids(search(corpus, "", speaker="Witkoff")) == ["a1-0", "a3-0", "a2-0", "a2-1"]


def test_search_shows_statements_unless_asked_for_every_kind(corpus: Store) -> None:
    assert ids(search(corpus, "ceasefire")) == ["a2-1"]
    assert sorted(ids(search(corpus, "ceasefire", scope="all"))) == ["a2-1", "a5-0"]
    assert ids(search(corpus, "", speaker="Witkoff", scope="all")) == ["a1-0", "a3-0", "a2-0", "a2-1", "a5-0"]
    assert [r.kind for r in search(corpus, "ceasefire", type="indirect", scope="all", since="2025-03-09",
                                   until="2025-03-09")] == ["belief"]  # fmt: skip
    with pytest.raises(ValueError, match="scope"):
        search(corpus, "ceasefire", scope="everything")  # type: ignore[arg-type]


def test_search_leaves_out_quotes_below_the_confidence_asked(corpus: Store) -> None:
    assert ids(search(corpus, "budget")) == ["a3-1"]  # statements at 0.5 or more by default
    assert sorted(ids(search(corpus, "budget", min_confidence=0))) == ["a3-1", "a4-1"]
    assert sorted(ids(search(corpus, "budget", scope="all"))) == ["a3-1", "a4-1"]  # no floor for every kind
    assert ids(search(corpus, "budget", min_confidence=0.5)) == ["a3-1"]
    assert ids(search(corpus, "", speaker="Scott Kelly")) == ["a4-0"]
    assert ids(search(corpus, "", speaker="Scott Kelly", min_confidence=0.3)) == ["a4-0", "a4-1"]
    assert ids(search(corpus, "budget", min_confidence=0.95)) == []
    assert ids(search(corpus, "budget", scope="all", min_confidence=0.5)) == ["a3-1"]


def test_records_carry_kind_speaker_kind_and_verbatim(corpus: Store) -> None:
    [direct] = search(corpus, "patience")
    [belief] = search(corpus, "ceasefire", scope="all", outlet="Harbour Times")
    assert (direct.kind, direct.speaker_kind, direct.verbatim, direct.to_dict()["verbatim"]) == (
        "statement", "person", True, True,
    )  # fmt: skip
    assert (belief.kind, belief.type, belief.verbatim) == ("belief", "indirect", False)
    assert list(belief.to_dict())[:4] == ["id", "text", "type", "verbatim"]


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
    assert profile.aliases == [  # names count every attribution that gave them, the belief too
        Alias("Steve Witkoff", 3, "full name"),
        Alias("Steven Witkoff", 1, "same surname, given name nickname of 'Steve'"),
        Alias("Witkoff", 1, "surname only; the only person named Witkoff in the corpus"),
    ]
    assert [(rec.id, size) for rec, size in profile.top_quotes] == [("a2-0", 3), ("a2-1", 1)]
    assert profile.scope == "statements"
    assert profile.speaker == Speaker(
        sid,
        "Steve Witkoff",
        ["Steven Witkoff", "Witkoff"],
        [("US special envoy", "2025-03-10"), ("US envoy", "2025-03-12")],
    )


def test_speaker_profile_of_every_kind(corpus: Store) -> None:
    [(sid, _, n)] = find_speakers(corpus, "Witkoff", scope="all")
    assert n == 5
    profile = speaker_profile(corpus, sid, scope="all")
    assert profile is not None
    assert (profile.n_quotes, profile.n_articles, profile.first_seen) == (5, 4, "2025-03-09T00:00:00")
    assert profile.outlets == [("Daily Planet", 2), ("Gotham Gazette", 1), ("Harbour Times", 1), ("Metro Times", 1)]
    # The ceasefire belief and statement are one cluster of two reports, the belief the earliest.
    assert [(rec.id, size) for rec, size in profile.top_quotes] == [("a2-0", 3), ("a5-0", 2)]


def test_a_speaker_of_beliefs_alone_has_no_statements(store: Store) -> None:
    belief = q("the harbour will flood again next winter", "Ana Ruiz", type="indirect", kind="belief")
    with store.transaction():
        store.add_article("b1", Article("b-1", "...", outlet="Daily Planet"), [belief], "b.txt", None)
    resolve_corpus(store)
    [(sid, name, n)] = find_speakers(store, "Ana Ruiz")
    assert (name, n) == ("Ana Ruiz", 0)
    profile = speaker_profile(store, sid)
    assert profile is not None and (profile.n_quotes, profile.outlets, profile.top_quotes) == (0, [], [])
    every = speaker_profile(store, sid, scope="all")
    assert every is not None and (every.n_quotes, every.outlets) == (1, [("Daily Planet", 1)])
    assert [(r.id, n) for r, n in every.top_quotes] == [("b1-0", 1)]


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
    assert corpus.query("SELECT id, size, n_outlets, earliest_quote FROM clusters ORDER BY id") == [
        ("a1-0", 3, 3, "a2-0"), ("a2-1", 2, 2, "a5-0"),  # clusters join reports of every kind
    ]  # fmt: skip


def test_a_cluster_shows_reports_of_the_scope_and_always_the_quote_asked(corpus: Store) -> None:
    def reports(quote_id: str, **scope: str) -> list[str]:
        cluster = quote_cluster(corpus, quote_id, **scope)  # type: ignore[arg-type]
        assert cluster is not None and cluster.id == "a2-1"
        return ids(cluster.quotes)

    assert reports("a2-1") == ["a2-1"]
    assert reports("a2-1", scope="all") == ["a5-0", "a2-1"]
    assert reports("a5-0") == ["a5-0", "a2-1"]  # the belief asked for, and the statement it reports


def test_a_quote_alone_is_its_own_cluster(corpus: Store) -> None:
    cluster = quote_cluster(corpus, "a4-0")
    assert cluster is not None
    assert ids(cluster.quotes) == ["a4-0"]
    assert quote_cluster(corpus, "nope") is None


def test_resolving_again_changes_nothing(corpus: Store) -> None:
    assert resolve_corpus(corpus).changed_quotes == 0


def test_a_statement_below_the_floor_is_kept_and_shown_only_when_asked(store: Store) -> None:
    """What ``quotegraph extract`` leaves out by default (a statement at 0.3) is stored, but no view
    shows or counts it unless asked: search, speaker counts and outlets, export; a belief at 0.3 is
    shown with scope "all", which has no floor."""
    unsure = q("the harbour wall will hold this winter", "Ana Ruiz", confidence=0.3)
    sure = q("the ferry will run twice a day", "Ana Ruiz", confidence=0.8)
    belief = q("the harbour will flood again next winter", "Ana Ruiz", type="indirect", kind="belief",
               confidence=0.3)  # fmt: skip
    with store.transaction():
        store.add_article("r1", Article("r-1", "...", outlet="Daily Planet", published="2025-03-01"),
                          [unsure, belief], "r1.txt", "2025-03-01T00:00:00")  # fmt: skip
        store.add_article("r2", Article("r-2", "...", outlet="Metro Times", published="2025-03-02"),
                          [sure], "r2.txt", "2025-03-02T00:00:00")  # fmt: skip
    resolve_corpus(store)
    assert store.query("SELECT id, kind, confidence FROM quotes ORDER BY id") == [
        ("r1-0", "statement", 0.3), ("r1-1", "belief", 0.3), ("r2-0", "statement", 0.8),
    ]  # fmt: skip
    assert ids(search(store, "harbour wall")) == []
    assert ids(search(store, "")) == ["r2-0"]
    assert ids(search(store, "harbour wall", min_confidence=0)) == ["r1-0"]
    assert ids(search(store, "", min_confidence=0)) == ["r2-0", "r1-0"]
    assert ids(search(store, "flood", scope="all")) == ["r1-1"]
    assert sorted(ids(search(store, "harbour", scope="all"))) == ["r1-0", "r1-1"]
    [(sid, _, n)] = find_speakers(store, "Ana Ruiz")
    assert n == 1
    profile = speaker_profile(store, sid)
    assert profile is not None
    assert (profile.n_quotes, profile.n_articles, profile.first_seen, profile.outlets) == (
        1, 1, "2025-03-02T00:00:00", [("Metro Times", 1)],
    )  # fmt: skip
    assert [(r.id, size) for r, size in profile.top_quotes] == [("r2-0", 1)]
    every = speaker_profile(store, sid, scope="all")
    assert every is not None
    assert (every.n_quotes, every.n_articles, every.first_seen) == (3, 2, "2025-03-01T00:00:00")
    assert every.outlets == [("Daily Planet", 2), ("Metro Times", 1)]
    assert [r["id"] for r in exported(store, "jsonl")] == ["r2-0"]
    assert [r["id"] for r in exported(store, "jsonl", min_confidence=0)] == ["r1-0", "r2-0"]
    assert [r["id"] for r in exported(store, "jsonl", scope="all")] == ["r1-0", "r1-1", "r2-0"]
    cluster = quote_cluster(store, "r1-0")  # the quote asked for is shown whatever its confidence
    assert cluster is not None and ids(cluster.quotes) == ["r1-0"]


def test_the_earliest_report_of_a_cluster_is_the_earliest_the_scope_shows(store: Store) -> None:
    """An unsure report of Witkoff's gratitude statement, earlier than the rest, joins the cluster but
    is neither the earliest report nor counted among the statements; with scope "all" it is both."""
    early = Article("e-1", "...", outlet="Early Bird", published="2025-03-08")
    with store.transaction():
        for key, article, quotes in [*CORPUS, ("a0", early, [q(GRATITUDE, "Steve Witkoff", confidence=0.2)])]:
            store.add_article(key, article, quotes, f"{article.id}.txt", article.published)
    resolve_corpus(store)
    clusters = store.query("SELECT id, size, n_outlets, earliest_quote FROM clusters ORDER BY id")
    assert clusters[0] == ("a0-0", 4, 4, "a0-0")  # clusters hold every report, at any confidence
    cluster = quote_cluster(store, "a1-0")
    assert cluster is not None and ids(cluster.quotes) == ["a2-0", "a3-0", "a1-0"]
    cluster = quote_cluster(store, "a1-0", scope="all")
    assert cluster is not None and ids(cluster.quotes) == ["a0-0", "a2-0", "a3-0", "a1-0"]
    [(sid, _, n)] = find_speakers(store, "Witkoff")
    profile, every = speaker_profile(store, sid), speaker_profile(store, sid, scope="all")
    assert profile is not None and every is not None
    assert (profile.n_quotes, every.n_quotes) == (4, 6)
    assert [(r.id, size) for r, size in profile.top_quotes] == [("a2-0", 3), ("a2-1", 1)]
    assert [(r.id, size) for r, size in every.top_quotes] == [("a0-0", 4), ("a5-0", 2)]
