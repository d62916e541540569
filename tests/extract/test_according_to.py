"""What an "according to" phrase vouches for: its sentence, or only the parenthesis or clause it
stands in, up to a contrasting clause that goes on without it; and who the source is, even when
the tagger takes a common noun for a name."""

from __future__ import annotations

import quotegraph
from quotegraph.model import Quote


def every(text: str) -> list[Quote]:
    return quotegraph.extract(text, scope="all", min_confidence=0.0)


def vouched(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in every(text) if (q.cue or "").lower() == "according to"]


def test_the_sentence_on_either_side() -> None:
    assert vouched("The pier will reopen in May, according to the harbour board.") == [
        ("the harbour board", "The pier will reopen in May")
    ]
    assert vouched("According to the harbour board, the pier will reopen in May.") == [
        ("the harbour board", "the pier will reopen in May")
    ]


def test_only_the_parenthesis_it_stands_in() -> None:
    text = "Dunmore (93 percent of its voters were farmers, according to the census) voted early."
    assert vouched(text) == [("the census", "93 percent of its voters were farmers")]


def test_a_contrasting_clause_goes_on_without_the_source() -> None:
    text = (
        "Okafor leads Lee by 271 delegates according to a count by the Harbour Gazette, "
        "but Lee says she will stay in the race."
    )
    quotes = every(text)
    assert [(q.speaker, q.text) for q in quotes if q.cue] == [
        ("Harbour Gazette", "Okafor leads Lee by 271 delegates"),
        ("Lee", "she will stay in the race"),
    ]


def test_and_goes_on_with_it() -> None:
    text = (
        "The top 1 percent paid 25 percent of all taxes, according to the budget office, "
        "and the top 10 percent paid 69 percent."
    )
    assert vouched(text) == [
        (
            "the budget office",
            "The top 1 percent paid 25 percent of all taxes, according to the budget office, "
            "and the top 10 percent paid 69 percent",
        )
    ]
