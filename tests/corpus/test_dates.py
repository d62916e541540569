"""Publication dates as sortable UTC strings, whatever form the source gave them in."""

from __future__ import annotations

import pytest

from quotegraph.corpus.dates import normalise_date


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2025-03-10", "2025-03-10T00:00:00"),
        ("2025-03-12T10:00:00+01:00", "2025-03-12T09:00:00"),
        ("2025-03-11T15:30:00.250Z", "2025-03-11T15:30:00"),
        ("Tue, 11 Mar 2025 23:30:00 -0500", "2025-03-12T04:30:00"),
        ("published 2025-03-09, updated later", "2025-03-09T00:00:00"),
        ("0001-01-01T00:00:00+05:00", "0001-01-01T00:00:00"),  # year 0 in UTC: the calendar's edge
        ("2025-02-30", None),
        ("last Tuesday", None),
        ("", None),
        (None, None),
    ],
)
def test_dates_are_utc_and_sortable(given: str | None, stored: str | None) -> None:
    assert normalise_date(given) == stored


def test_the_strings_sort_as_the_dates_do() -> None:
    given = ["2025-03-10T23:00:00-05:00", "0999-12-31", "2025-03-11T01:00:00+00:00", "1000-01-01"]
    assert sorted(normalise_date(d) or "" for d in given) == [
        "0999-12-31T00:00:00", "1000-01-01T00:00:00", "2025-03-11T01:00:00", "2025-03-11T04:00:00",
    ]  # fmt: skip


def test_dates_at_the_calendars_edge_clamp_and_sort() -> None:
    assert normalise_date("0001-01-01T00:00:00+05:00") == "0001-01-01T00:00:00"
    assert normalise_date("9999-12-31T23:00:00-05:00") == "9999-12-31T23:59:59"
    assert normalise_date("0999-05-01") == "0999-05-01T00:00:00"
    dates = ["0999-05-01", "1000-01-01", "0010-01-01", "2024-01-01", "9999-12-31"]
    stored = [normalise_date(d) for d in dates]
    assert sorted(stored) == [normalise_date(d) for d in sorted(dates)]  # type: ignore[type-var]
