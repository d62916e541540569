"""What the pages draw, computed without HTML: highlighted text, word diffs, weekly charts bounded in
time, role labels that fit, distinct speaker colours, links only to web addresses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quotegraph.corpus import Corpus
from quotegraph.web import create_app
from quotegraph.web.render import MAX_WEEKS, Mark, highlight, per_week, safe_url, weekly_chart, word_diff
from tests.web.articles import write_jsonl


def test_highlight_keeps_text_and_skips_overlaps() -> None:
    text = 'He said "one two" and "three".'

    def mark(s: int, e: int, who: str) -> Mark:
        return Mark(s, e, None, who, None, None, None, None, None, "direct", 0.9, "statement")

    marks = [mark(9, 16, "A"), mark(10, 12, "B"), mark(23, 28, "B")]
    segments = highlight(text, marks)
    assert "".join(s.text for s in segments) == text
    assert [s.text for s in segments if s.mark] == ["one two", "three"]
    assert segments[1].colour != segments[3].colour


def test_word_diff() -> None:
    assert word_diff("we will go now", "we shall go now") == [
        ("equal", "we"), ("delete", "will"), ("insert", "shall"), ("equal", "go now")
    ]  # fmt: skip
    assert word_diff("same words", "same  words") == [("equal", "same words")]


def test_weeks_start_on_monday_and_gaps_are_zero() -> None:
    assert per_week([("2025-03-05", 2), ("2025-03-09", 1), ("2025-03-20", 4)]) == [
        (date(2025, 3, 3), 3), (date(2025, 3, 10), 0), (date(2025, 3, 17), 4)
    ]  # fmt: skip
    chart = weekly_chart([("2025-03-05", 2), ("2025-03-20", 4)], [("mayor", "2025-03-05", None)])
    assert chart is not None and len(chart.bars) == 3 and chart.y_max == 4 and len(chart.roles) == 1
    assert weekly_chart([]) is None


@pytest.mark.parametrize(
    ("url", "ok"),
    [("https://a.example/x", True), ("http://a.example", True), ("javascript:alert(1)", False),
     (" JavaScript:alert(1)", False), ("data:text/html,x", False), ("//evil.example", False), (None, False)],
)  # fmt: skip
def test_only_web_addresses_are_linked(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) == ok


def test_weeks_are_bounded_whatever_the_dates() -> None:
    weeks = per_week([("1000-01-01", 1), ("9999-12-31T23:59:59", 2), ("0001-01-01", 1)])
    assert len(weeks) == MAX_WEEKS and weeks[-1] == (date(9999, 12, 27), 2)
    chart = weekly_chart([("1000-01-01", 1), ("9999-12-31", 2)], roles=[("mayor", "0001-01-01", "9999-12-31")])
    assert chart is not None and len(chart.bars) == MAX_WEEKS and chart.roles[0].width > 0


def test_a_speaker_quoted_in_the_years_1000_and_9999(tmp_path: Path) -> None:
    said = "The harbour will reopen next spring, harbour master Yusuf Brennan said on Monday."
    articles = [
        {"id": "old", "text": said, "outlet": "Chronicle", "published": "1000-01-01T00:00:00+05:00"},
        {"id": "new", "text": said.replace("next", "this"), "outlet": "Herald",
         "published": "9999-12-31T23:00:00-05:00"},
    ]  # fmt: skip
    db = tmp_path / "edges.db"
    with Corpus(str(db)) as corpus:
        corpus.ingest([write_jsonl(tmp_path, articles)])
    with TestClient(create_app(str(db)), raise_server_exceptions=False) as c:
        found = c.get("/api/speakers", params={"name": "Brennan"}).json()["items"]
        speaker = found[0]["id"]
        r = c.get(f"/api/speakers/{speaker}")
        assert r.status_code == 200 and len(r.json()["weeks"]) <= MAX_WEEKS and len(r.content) < 100_000
        assert c.get(f"/speakers/{speaker}").status_code == 200
        dates = sorted(a["published_at"] for a in c.get("/api/articles").json()["items"])
        assert dates == ["0999-12-31T19:00:00", "9999-12-31T23:59:59"]


def test_role_labels_fit_inside_the_chart() -> None:
    from quotegraph.web.render import LABEL_CHAR, weekly_chart

    long_role = (
        "deputy assistant secretary for maritime infrastructure, coastal resilience and harbour planning" * 2
    )
    days = [("2025-01-06", 1), ("2025-06-30", 2)]
    chart = weekly_chart(
        days, [(long_role, "2025-06-30", "2025-06-30"), ("mayor", "2025-01-06", "2025-06-30")]
    )
    assert chart is not None
    late, mayor = chart.roles
    assert late.label.endswith("\u2026") and late.anchor == "end"  # starts at the right edge: drawn leftwards
    assert late.label_x - len(late.label) * LABEL_CHAR >= 36  # not past the chart's left margin
    assert mayor.label == "mayor" and mayor.anchor == "start"


def test_no_two_speakers_share_a_colour() -> None:
    from quotegraph.web.render import Mark, colours

    marks = [Mark(i * 10, i * 10 + 5, f"a-{i}", f"Speaker {i}", f"sp-{i}", None, None, None, None, "direct", 0.9)
             for i in range(11)]  # fmt: skip
    palette = colours(marks)
    distinct = [c for k, c in palette.items() if k and c != "s-more"]
    assert len(distinct) == len(set(distinct)) == 8
    assert sum(1 for k, c in palette.items() if k and c == "s-more") == 3
