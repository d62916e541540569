"""Each report's wording against its cluster's earliest: same, altered or paraphrase."""

from __future__ import annotations

import pytest

from quotegraph.resolve.wording import Words, align, cluster_wordings, excerpt, matches

EARLIEST = "The new line will carry ten thousand people a day by spring, the mayor's office expects."


def wording_of(text: str, direct: bool = True, earliest: str = EARLIEST) -> str:
    return cluster_wordings([(Words.of(earliest), True), (Words.of(text), direct)])[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EARLIEST, "same"),
        ("the new line will carry ten-thousand people a day by spring the mayor’s office expects!", "same"),
        ("The new line will carry ... people a day by spring", "same"),
        ("The new line will carry\u2026 a day by spring", "same"),
        ("carry ten thousand people a day", "same"),
        ("The new line would carry ten thousand people a week by spring", "altered"),
        ("The new line will carry ten thousand a day by spring", "altered"),
        ("The new line will carry ten thousand people every single day by spring", "altered"),
        ("the line will carry ten thousand people a day", "altered"),
    ],
)
def test_direct_reports(text: str, expected: str) -> None:
    assert wording_of(text) == expected


def test_a_paraphrase_is_never_altered() -> None:
    assert wording_of("the line would carry ten thousand people a week", direct=False) == "paraphrase"


def test_the_earliest_is_earliest_and_a_report_quoting_more_than_it_is_the_same() -> None:
    got = cluster_wordings([(Words.of("carry ten thousand people a day"), True), (Words.of(EARLIEST), True)])
    assert got == ["earliest", "same"]


def test_after_an_earliest_paraphrase_direct_reports_are_held_against_the_first_direct_one() -> None:
    reports = [
        (Words.of("the line would carry many people"), False),
        (Words.of(EARLIEST), True),
        (Words.of(EARLIEST.replace("day", "week")), True),
    ]
    assert cluster_wordings(reports) == ["earliest", "same", "altered"]


def test_two_parts_of_one_statement_are_both_faithful() -> None:
    reports = [
        (Words.of(EARLIEST), True),
        (Words.of("The new line will carry ten thousand"), True),
        (Words.of("by spring, the mayor's office expects"), True),
    ]
    assert cluster_wordings(reports) == ["earliest", "same", "same"]


def test_an_ellipsis_is_a_free_gap_only_where_it_stands() -> None:
    whole = Words.of("one two three four five six seven eight")
    assert excerpt(Words.of("one two ... seven eight"), whole)
    assert not excerpt(Words.of("one two seven eight"), whole)
    assert align(Words.of("one two ... seven eight"), whole).altered == 0
    assert align(Words.of("one two seven eight"), whole).altered == 2  # "seven eight" only


def test_alignment_counts_changed_words_inside_the_shared_span() -> None:
    whole = Words.of("we will build the wall and mexico will pay for it believe me")
    assert align(Words.of("we will build a wall and mexico will pay"), whole).altered == 1
    assert matches(Words.of("we will build a wall and canada will pay for it"), whole)
    assert not matches(Words.of("we will build a road and canada will not pay"), whole)
