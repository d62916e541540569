"""Reports that must stay apart, and sources that must not be taken for a person: each case a
sentence invented for the mechanism, never a benchmark sentence."""

from __future__ import annotations

import pytest

from quotegraph import extract


def _found(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(q.text, q.speaker, q.cue, q.kind) for q in extract(text, scope="all", min_confidence=0)]


def test_the_copula_of_a_reported_clause_is_no_cue() -> None:
    text = "Many residents say there are still puddles on the new pier."
    assert _found(text) == [("there are still puddles on the new pier", "Many residents", "say", "statement")]


def test_a_writers_adverbial_report_stands_apart() -> None:
    text = (
        "Maria Navarro said the ferry timetable would change in the spring, "
        "though she noted fares are likely to stay the same."
    )
    found = _found(text)
    assert ("the ferry timetable would change in the spring", "Maria Navarro", "said", "statement") in found
    assert ("fares are likely to stay the same", "Maria Navarro", "noted", "statement") in found


def test_a_reason_clause_stays_inside_the_report() -> None:
    text = "Council spokesman Omar Reyes said the plan failed because he cannot defend its cost."
    assert _found(text)[0][0] == "the plan failed because he cannot defend its cost"


def test_a_that_clause_after_the_hearer_is_the_content() -> None:
    text = (
        "Governor Lena Holm told the debate audience that she believes the state must build more "
        "housing, saying that rents are too high."
    )
    found = _found(text)
    assert found[0][:3] == (
        "she believes the state must build more housing",
        "Lena Holm",
        "told",
    )
    assert extract(text)[0].addressee == "the debate audience"


def test_a_clause_that_goes_on_past_its_verb_is_no_hearer() -> None:
    text = (
        "Senator Ruth Adler told a radio show it is clear from the public record that the "
        "contract was signed late."
    )
    quote = extract(text)[0]
    assert quote.text.startswith("it is clear from the public record")
    assert quote.addressee == "a radio show"


@pytest.mark.parametrize(
    ("mention", "name"),
    [("The Adler campaign", "The Adler campaign"), ("The Holm administration", "The Holm administration")],
)
def test_an_organisation_called_after_a_person_is_not_that_person(mention: str, name: str) -> None:
    text = f"Ruth Adler and Lena Holm spoke on Monday. {mention} said the bridge would open in May."
    quote = next(q for q in extract(text) if q.cue == "said")
    assert (quote.speaker, quote.speaker_kind) == (name, "organisation")


def test_another_reporters_report_is_not_swallowed_by_an_interrupting_cue() -> None:
    text = (
        "Dana Whitlock and Omar Reyes debated on Monday. When Whitlock noted that Reyes had "
        "missed three council votes, Reyes boasted, \u201cThat makes me efficient.\u201d"
    )
    found = extract(text, scope="all", min_confidence=0)
    noted = [q for q in found if q.cue == "noted"]
    assert noted and noted[0].speaker == "Dana Whitlock"
    assert all(not (q.speaker == "Omar Reyes" and "missed three" in q.text) for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "It is worth noting that the harbour fund was never audited.",
        "It goes without saying that the pier needs repairs.",
        "It should be noted that the bridge opened late.",
    ],
)
def test_the_writers_own_aside_is_nobodys_report(text: str) -> None:
    assert _found(text) == []


def test_an_aside_inside_a_report_stays_the_reporters() -> None:
    text = "Mayor Ruth Okafor said it is worth noting that the fund was audited."
    assert _found(text) == [("it is worth noting that the fund was audited", "Ruth Okafor", "said", "statement")]
