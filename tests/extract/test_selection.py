"""What extraction shows by default and what it can be asked for: statements or every kind, the
confidence floor, the scope (``api.select``)."""

from __future__ import annotations

import pytest
import spacy

import quotegraph
from quotegraph.extract.api import DEFAULT_MIN_CONFIDENCE, select
from quotegraph.extract.nlp import load_nlp

from .phenomena import every


def test_statements_are_the_default_and_all_adds_the_other_kinds() -> None:
    text = "Mayor Ana Ruiz said the bridge would reopen in May. She believes the tolls are too high."
    assert [q.text for q in quotegraph.extract(text)] == ["the bridge would reopen in May"]
    assert [q.kind for q in quotegraph.extract(text, scope="all")] == ["statement", "belief"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A survey of the harbour towns shows that most residents support the plan.", "finding"),
        ("Senator Lena Park voted for the bill on Tuesday.", "stance"),
        ("Senator Lena Park expressed concern about the cost of the bridge.", "belief"),
        ("The harbour board wants to sell the old pier to a developer.", "intention"),
    ],
)
def test_findings_and_stances_are_not_statements(text: str, kind: str) -> None:
    assert [q.kind for q in every(text)] == [kind]
    assert quotegraph.extract(text) == []


def test_the_confidence_floor() -> None:
    text = "Mayor Ana Ruiz said the bridge would reopen in May. She believes the tolls are too high."
    quotes = every(text)
    top = max(q.confidence for q in quotes)
    assert [q.confidence for q in select(quotes, "all", top)] == [top]
    assert select(quotes, "all", 1.0) == [] or top == 1.0
    assert all(q.confidence >= DEFAULT_MIN_CONFIDENCE["statements"] for q in quotegraph.extract(text))


def test_a_bad_scope_is_refused() -> None:
    with pytest.raises(ValueError, match="scope"):
        quotegraph.extract("Ruiz said the bridge would reopen.", scope="everything")  # type: ignore[arg-type]


def test_the_component_takes_the_scope_from_its_config() -> None:
    nlp = load_nlp()
    text = "Mayor Ana Ruiz said the bridge would reopen in May. She believes the tolls are too high."
    name = "quotegraph_all_kinds"
    if name not in nlp.pipe_names:
        nlp.add_pipe("quotegraph", name=name, config={"scope": "all", "min_confidence": 0.0})
    try:
        kinds = [q.kind for q in nlp(text)._.quotes]
    finally:
        nlp.remove_pipe(name)
    assert kinds == ["statement", "belief"]
    assert isinstance(nlp, spacy.language.Language)


def test_declining_to_say_is_no_statement() -> None:
    assert quotegraph.extract("The mayor declined to say why the ferry was late.") == []
    assert [q.kind for q in every("Ruiz went on to say that the ferry was late.")] == ["statement"]


