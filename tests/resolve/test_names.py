"""Speaker strings taken apart into title, given names and surname; given names compared."""

from __future__ import annotations

import pytest

from quotegraph.resolve.names import PersonName, given_match, parse_name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Witkoff", PersonName("Witkoff", (), "Witkoff", None)),
        ("Steve Witkoff", PersonName("Steve Witkoff", ("Steve",), "Witkoff", None)),
        ("US envoy Steve Witkoff", PersonName("Steve Witkoff", ("Steve",), "Witkoff", "US envoy")),
        (
            "Secretary of State Marco Rubio",
            PersonName("Marco Rubio", ("Marco",), "Rubio", "Secretary of State"),
        ),
        ("Prime Minister Keir Starmer", PersonName("Keir Starmer", ("Keir",), "Starmer", "Prime Minister")),
        ("Sen. Mark Kelly", PersonName("Mark Kelly", ("Mark",), "Kelly", "Sen.")),
        ("Ursula von der Leyen", PersonName("Ursula von der Leyen", ("Ursula",), "von der Leyen", None)),
        ("Martin Luther King Jr.", PersonName("Martin Luther King Jr.", ("Martin", "Luther"), "King", None)),
        (
            "UN Secretary-General António Guterres",
            PersonName("António Guterres", ("António",), "Guterres", "UN Secretary-General"),
        ),
        ("a spokeswoman", None),
        ("the White House", None),
        ("he", None),
        (None, None),
    ],
)
def test_parse_name(raw: str | None, expected: PersonName | None) -> None:
    assert parse_name(raw) == expected


@pytest.mark.parametrize(
    ("a", "b", "how"),
    [
        ("Steve", "Steve", "same"),
        ("Steve", "Steven", "nickname"),
        ("Stephen", "Steve", "nickname"),
        ("Volodymyr", "Vladimir", "nickname"),
        ("Alex", "Alexandra", "short form"),
        ("M.", "Mark", "initial"),
        ("Mark", "Scott", None),
        ("M.", "Scott", None),
    ],
)
def test_given_match(a: str, b: str, how: str | None) -> None:
    assert given_match(a, b) == how
