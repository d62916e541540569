"""What a Spark task does with one file or one article (``records.py``), plain Python: the rows of the
four extraction tables, in their columns, with the date partition of the article's publication."""

from __future__ import annotations

from quotegraph.ingest import article_key
from quotegraph.model import Article, ArticleResult, Quote
from quotegraph.spark.records import first_read, quote_facts, read_file, result_records
from quotegraph.spark.sources import InputFile
from quotegraph.spark.tables import ARTICLES, COLUMNS, ERRORS, MENTIONS, PARTITION_COLUMNS, QUOTES

TEXT = '"The wall will be ready by winter," Mayor Ingrid Solberg said. A spokeswoman said it was "on budget".'
ARTICLE = Article("h1", TEXT, outlet="Fjord Times", published="2024-05-03T01:30:00+02:00")
KEY = article_key(ARTICLE)
FIELDS = (ARTICLE.id, ARTICLE.text, ARTICLE.url, ARTICLE.outlet, ARTICLE.published, ARTICLE.title)
SAID = Quote(1, 33, "The wall will be ready by winter", "direct", speaker="Ingrid Solberg", role="Mayor",
             confidence=0.8, speaker_kind="person")  # fmt: skip
UNNAMED = Quote(98, 107, "on budget", "direct", speaker="A spokeswoman", kind="belief", confidence=0.4,
                speaker_kind="unnamed")  # fmt: skip


def test_an_article_gives_its_row_its_quotes_and_a_mention_per_named_person() -> None:
    rows = list(result_records((KEY, (0, 0), "feed.jsonl:1", FIELDS), ArticleResult("h1", [SAID, UNNAMED]), "b1"))
    assert [table for table, _ in rows] == [ARTICLES, QUOTES, QUOTES, MENTIONS]
    for table, row in rows:  # the table's columns, then the partition: the day in UTC, the batch
        assert len(row) == len(COLUMNS[table]) + len(PARTITION_COLUMNS)
        assert row[-2:] == ("2024-05-02", "b1")
    article = dict(zip(COLUMNS[ARTICLES], rows[0][1], strict=False))
    assert (article["key"], article["source_id"], article["source"], article["n_quotes"]) == (KEY, "h1", "feed.jsonl:1", 2)
    assert article["published_at"] == "2024-05-02T23:30:00"
    assert [r[1][0] for r in rows[1:3]] == [f"{KEY}-0", f"{KEY}-1"]
    mention = dict(zip(COLUMNS[MENTIONS], rows[3][1], strict=False))
    assert mention == {
        "quote_id": f"{KEY}-0", "article_key": KEY, "speaker": "Ingrid Solberg", "role": "Mayor",
        "outlet": "Fjord Times", "published_at": "2024-05-02T23:30:00", "co_mentioned": [],
        "surname_key": "solberg", "kind": "statement", "confidence": 0.8,
    }  # fmt: skip


def test_an_article_extraction_refused_is_one_error_row_with_its_reason() -> None:
    undated = ("x1", "Kein Englisch hier.", None, None, None, None)
    refused = ArticleResult("x1", [], error="not English (de)")
    assert list(result_records(("k", (0, 1), "feed.jsonl:2", undated), refused, "b1")) == [
        (ERRORS, ("feed.jsonl:2", "not English (de)", "unknown", "b1"))
    ]


def test_a_file_gives_its_articles_in_order_and_an_error_per_bad_item() -> None:
    data = b'{"id": "h1", "text": "One."}\n{"id": "empty"}\n{"text": "Two."}\n'
    found = list(read_file(InputFile(3, "file:///in/feed.jsonl", "/in/feed.jsonl"), data, "b1"))
    one, two = Article("h1", "One."), Article("feed:3", "Two.")
    assert found == [
        ("read", (article_key(one), (3, 0), "/in/feed.jsonl:1", ("h1", "One.", None, None, None, None))),
        ("error", (ERRORS, ("/in/feed.jsonl:2", "no text", "unknown", "b1"))),
        ("read", (article_key(two), (3, 2), "/in/feed.jsonl:3", ("feed:3", "Two.", None, None, None, None))),
    ]


def test_of_two_reads_of_one_article_the_first_in_reading_order_is_kept() -> None:
    early, late = ("k", (0, 5), "a.jsonl:6", FIELDS), ("k", (1, 0), "b.jsonl:1", FIELDS)
    assert first_read(early, late) == first_read(late, early) == early


def test_a_quote_row_without_kind_or_confidence_is_a_statement_below_every_floor() -> None:
    facts = quote_facts({"id": "k-0", "article_key": "k", "speaker": "Ana Ruiz"}, speaker_id="sp-ruiz")
    assert (facts.id, facts.speaker, facts.speaker_id) == ("k-0", "Ana Ruiz", "sp-ruiz")
    assert (facts.kind, facts.confidence, facts.type, facts.text) == ("statement", 0.0, "direct", "")
