"""Bad input: a clear reason per article, never a crash of the batch."""

from __future__ import annotations

import pytest

import quotegraph
from quotegraph.extract import check_text
from quotegraph.model import Article

ENGLISH = "“We will rebuild the bridge,” the mayor said on Monday after the council voted."


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * 5_000_001, "too large"),
        ("12 345 678 ... !!! 90 -- 11", "no sentences"),
        (
            "Der Bürgermeister sagte am Montag, dass die Brücke im nächsten Jahr wieder aufgebaut wird.",
            "not English",
        ),
        ("市长周一表示，这座桥将在明年重建，议会已经投票通过了这项计划。", "not English"),
        ("text with \x00 NUL bytes in it, which no article has", "binary"),
    ],
)
def test_reasons(text: str, reason: str) -> None:
    found = check_text(text)
    assert found is not None and found.startswith(reason)


def test_english_passes() -> None:
    assert check_text(ENGLISH) is None


def test_empty_text_gives_no_quotes() -> None:
    assert quotegraph.extract("") == []


def test_extract_rejects_with_the_reason() -> None:
    with pytest.raises(ValueError, match="not English"):
        quotegraph.extract("Le maire a déclaré lundi que le pont serait reconstruit l'année prochaine.")


def test_batch_goes_on_past_bad_articles() -> None:
    articles = [
        Article("empty", ""),
        Article("good", ENGLISH),
        Article("huge", "word " * 1_100_000),
        Article("german", "Der Bürgermeister sagte am Montag, dass die Brücke wieder aufgebaut wird."),
        Article("good2", ENGLISH),
    ]
    results = list(quotegraph.extract_many(articles))
    assert [r.id for r in results] == ["empty", "good", "huge", "german", "good2"]
    assert [r.error is None for r in results] == [False, True, False, False, True]
    assert results[2].error is not None and results[2].error.startswith("too large")
    assert len(results[1].quotes) == 1 and results[1].quotes == results[4].quotes


def test_two_processes_keep_order_and_reasons() -> None:
    articles = [Article("a", ENGLISH), Article("empty", ""), Article("b", ENGLISH), Article("c", ENGLISH)]
    results = list(quotegraph.extract_many(articles, n_process=2, batch_size=1))
    assert [(r.id, r.error is None, len(r.quotes)) for r in results] == [
        ("a", True, 1),
        ("empty", False, 0),
        ("b", True, 1),
        ("c", True, 1),
    ]
