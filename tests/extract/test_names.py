"""Names typed from the tagger when the statistical NER is left out."""

from __future__ import annotations

import pytest

from quotegraph.extract.nlp import load_nlp


def names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in load_nlp(ner=False)(text).ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Ted Cruz spoke on Monday.", [("Ted Cruz", "PERSON")]),
        ("Charlotte Mayor Jennifer Roberts said the city would act.", [("Jennifer Roberts", "PERSON")]),
        ("The Federal Bureau of Prisons said it would review the case.", [("Federal Bureau of Prisons", "ORG")]),
        ("Secretary General Ban Ki-moon said the talks had failed.", [("Ban Ki-moon", "PERSON")]),
        ("Officials in North Korea denied it.", [("North Korea", "GPE")]),
        # A building, a park or a street, unless its first word is a given name ("Dana Park" below).
        ("Crowds filled Harbour Bearden Park and Quelch Tower.", [("Harbour Bearden Park", "FAC"), ("Quelch Tower", "FAC")]),
        ("The FBI declined to comment.", [("FBI", "ORG")]),
        # One or two particles inside a name: "ten Hag", "von der Leyen".
        ("Erik ten Hag met Ursula von der Leyen.", [("Erik ten Hag", "PERSON"), ("Ursula von der Leyen", "PERSON")]),
        ("Northwind Airlines declined to comment, as did Kestrel Holdings.", [("Northwind Airlines", "ORG"), ("Kestrel Holdings", "ORG")]),
        ("Voters in New Jersey and San Antonio agreed.", [("New Jersey", "GPE"), ("San Antonio", "GPE")]),
        (
            "Newt Harlow met Dana Park in Colorado Springs.",
            [("Newt Harlow", "PERSON"), ("Dana Park", "PERSON"), ("Colorado Springs", "GPE")],
        ),
        ("Senate Majority Whip Ana Ruiz said the vote would fail.", [("Ana Ruiz", "PERSON")]),
        # An office "X of Y" before a name: Y is the office's, not the person's.
        ("Secretary of State Ana Ruiz said the talks would go on.", [("Secretary", "PERSON"), ("Ana Ruiz", "PERSON")]),
        (
            "Minister of Harbours Zorbu Quelch said the pier was safe.",
            [("Minister", "PERSON"), ("Zorbu Quelch", "PERSON")],
        ),
    ],
)
def test_name_runs(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_surname_known_from_elsewhere_is_a_person() -> None:
    found = names("Lena Park arrived late. Park said the vote was close.")
    assert found == [("Lena Park", "PERSON"), ("Park", "PERSON")]


def test_a_lone_letter_is_no_name() -> None:
    """An interview's "Q" is no person a later "he" could be."""
    found = names("Q: Ortiz is a socialist. He wants a revolution, and he is saying the harbour is a mess.")
    assert [name for name, _ in found] == ["Ortiz"]


def test_a_name_tagged_as_a_participle_is_still_the_name() -> None:
    """ "Schilling describes himself ...": the tagger read the sentence's first word as "-ing"."""
    found = names("Curt Schilling spoke. Schilling describes himself on Facebook as a conservative.")
    assert [name for name, _ in found] == ["Curt Schilling", "Schilling", "Facebook"]
