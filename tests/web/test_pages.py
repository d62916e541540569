"""Pages in process: every field from the open web escaped, few queries per page, and the helpers."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from quotegraph.cli.web import register
from quotegraph.store.sqlite import SQLiteStore
from quotegraph.web import create_app
from quotegraph.web.render import Mark, highlight, per_week, safe_url, weekly_chart, word_diff
from tests.web.articles import ALL_PAYLOADS


def pages(ids: dict[str, str]) -> list[str]:
    return [
        "/", "/search?q=islanders", "/search?speaker=Marchetti&outlet=Harbour+Herald&since=2025-03-01",
        f"/articles/{ids['article']}", f"/speakers/{ids['marchetti']}", f"/speakers/{ids['marchetti']}?page=2",
        f"/quotes/{ids['quote']}", f"/articles/{ids['hostile_article']}", f"/articles/{ids['hostile_direct_article']}",
        f"/speakers/{ids['hostile_speaker']}", f"/quotes/{ids['hostile_direct_quote']}", "/try", "/api",
        "/?scope=all", "/search?q=islanders&scope=all&min_confidence=0.5", f"/articles/{ids['article']}?scope=all",
        f"/speakers/{ids['marchetti']}?scope=all&page=2", f"/quotes/{ids['quote']}?scope=all",
        f"/speakers/{ids['hostile_speaker']}?scope=all",
    ]  # fmt: skip


def test_every_page_renders(client: TestClient, ids: dict[str, str]) -> None:
    for path in pages(ids):
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    "which", ["hostile_direct_article", "hostile_speaker", "hostile_direct_quote", "home", "search"]
)
def test_payloads_are_escaped(client: TestClient, ids: dict[str, str], which: str) -> None:
    path = {
        "hostile_direct_article": f"/articles/{ids['hostile_direct_article']}",
        "hostile_speaker": f"/speakers/{ids['hostile_speaker']}",
        "hostile_direct_quote": f"/quotes/{ids['hostile_direct_quote']}",
        "home": "/",
        "search": "/search?q=window+xss+onerror",
    }[which]
    html = client.get(path).text
    for raw in ("<script>window", "<img src=x", "<svg onload", '" onmouseover="', "javascript:"):
        assert raw not in html, (which, raw)
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html


def test_every_field_of_the_hostile_records_is_shown_escaped(client: TestClient, ids: dict[str, str]) -> None:
    article = client.get(f"/articles/{ids['hostile_direct_article']}").text
    speaker = client.get(f"/speakers/{ids['hostile_speaker']}").text
    escaped = "&lt;script&gt;window.__xss=1&lt;/script&gt;"
    for label in ("Direct ", "Outlet ", "role ", "cue ", "to ", "about "):  # title, outlet, tooltip fields
        assert label + escaped in article, label
    for label in ("Speaker ", "Role ", "Alias "):
        assert label + escaped in speaker, label


def test_search_echoes_the_query_escaped(client: TestClient) -> None:
    html = client.get(
        "/search", params={"q": ALL_PAYLOADS, "speaker": ALL_PAYLOADS, "target": ALL_PAYLOADS}
    ).text
    assert "<script>window" not in html and '" onmouseover="' not in html
    assert 'value="&lt;script&gt;' in html


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    calls: list[str] = []
    original = SQLiteStore.query

    def query(self: SQLiteStore, sql: str, params: Any = ()) -> list[Any]:
        calls.append(sql)
        return original(self, sql, params)

    monkeypatch.setattr(SQLiteStore, "query", query)
    yield calls


def test_no_page_makes_more_than_a_handful_of_queries(
    corpus_db: Path, ids: dict[str, str], counted: list[str]
) -> None:
    with TestClient(create_app(str(corpus_db))) as c:
        c.get("/")  # opens the first connection (and checks the schema version) before counting
        for path in pages(ids):
            counted.clear()
            assert c.get(path).status_code == 200
            assert len(counted) <= 6, (path, counted)  # a speaker: 4 reads, its quotes, its corrections


def test_article_page_highlights_every_quote_with_details(client: TestClient, ids: dict[str, str]) -> None:
    html = client.get(f"/articles/{ids['article']}").text
    n = len(client.get(f"/api/articles/{ids['article']}").json()["quotes"])
    assert n >= 2 and html.count('class="q s') == n and html.count('role="tooltip"') == n
    assert "<b>Confidence</b>" in html and "Odile Marchetti" in html
    assert 'aria-describedby="tip-1"' in html


def test_speaker_page_draws_the_chart_on_the_server(client: TestClient, ids: dict[str, str]) -> None:
    html = client.get(f"/speakers/{ids['marchetti']}").text
    assert "<svg" in html and 'class="bar"' in html and "Week of 2025-03-03: 3 quotes" in html
    assert html.count("<script") == 1  # only the optional app.js: the chart is drawn by the server


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


def test_serve_command_defaults_to_loopback() -> None:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["serve"])
    assert (args.host, args.port, args.token) == ("127.0.0.1", 8000, None)
    args = parser.parse_args(["serve", "--db", "x.db", "--port", "9000", "--token", "t", "--max-body", "100"])
    assert (args.db, args.port, args.token, args.max_body) == ("x.db", 9000, "t", 100)
