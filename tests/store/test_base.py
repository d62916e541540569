"""The store's writes: content-keyed articles, idempotent writes, every kind kept, recorded errors."""

from __future__ import annotations

from quotegraph.corpus.resolving import resolve_corpus
from quotegraph.model import Article, Quote
from quotegraph.store import Store

ARTICLE = Article(
    id="a1", text='"Rates will fall," Ana Ruiz said.', outlet="Daily Planet", published="2024-01-02"
)
QUOTE = Quote(1, 16, "Rates will fall", "direct", speaker="Ana Ruiz", speaker_span=(19, 27), cue="said",
              cue_span=(28, 32), confidence=0.9)  # fmt: skip


def test_an_article_and_its_quotes_written_once(store: Store) -> None:
    for _ in range(2):
        with store.transaction():
            store.add_article("k1", ARTICLE, [QUOTE], "feed.jsonl:1", "2024-01-02T00:00:00")
    assert store.known_keys(["k1", "k2"]) == {"k1"}
    assert store.query(
        "SELECT id, start_pos, end_pos, speaker, speaker_start, cue_end, outlet FROM quotes"
    ) == [("k1-0", 1, 16, "Ana Ruiz", 19, 32, "Daily Planet")]
    assert store.counts() == {"articles": 1, "quotes": 1, "speakers": 0, "clusters": 0, "errors": 0}


def test_every_kind_is_kept_with_its_speaker_kind_and_group(store: Store) -> None:
    text = '"Rates will fall," Ana Ruiz said. "Soon." The bank believes inflation has peaked.'
    quotes = [
        Quote(1, 16, "Rates will fall", "direct", speaker="Ana Ruiz", speaker_kind="person", group="g1",
              confidence=0.9),
        Quote(35, 39, "Soon", "direct", speaker="Ana Ruiz", speaker_kind="person", group="g1", confidence=0.8),
        Quote(59, 81, "inflation has peaked", "indirect", speaker="The bank", kind="belief",
              speaker_kind="organisation"),
        Quote(59, 81, "inflation has peaked", "indirect", kind="finding"),
    ]  # fmt: skip
    with store.transaction():
        store.add_article("k1", Article("a1", text), quotes, None, None)
    assert store.query("SELECT id, kind, speaker_kind, group_id FROM quotes ORDER BY id") == [
        ("k1-0", "statement", "person", "g1"), ("k1-1", "statement", "person", "g1"),
        ("k1-2", "belief", "organisation", None), ("k1-3", "finding", None, None),
    ]  # fmt: skip
    resolve_corpus(store)
    assert store.query("SELECT name, n_quotes, n_quotes_all FROM speakers") == [("Ana Ruiz", 2, 2)]


def test_a_failed_transaction_leaves_nothing(store: Store) -> None:
    try:
        with store.transaction():
            store.add_article("k1", ARTICLE, [QUOTE], None, None)
            raise RuntimeError("killed")
    except RuntimeError:
        pass
    assert store.counts()["articles"] == 0
    assert store.counts()["quotes"] == 0


def test_errors_keep_the_latest_reason_per_source(store: Store) -> None:
    with store.transaction():
        store.add_error("b.jsonl:3", "no text")
        store.add_error("a.txt", "not English: too few English words")
        store.add_error("b.jsonl:3", "malformed line: Expecting value at column 1")
    assert store.errors() == [
        ("a.txt", "not English: too few English words"),
        ("b.jsonl:3", "malformed line: Expecting value at column 1"),
    ]
