"""Pages in process: every field from the open web escaped, few queries per page (the helpers that
draw them: ``test_render``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from quotegraph.store.sqlite import SQLiteStore
from quotegraph.web import create_app
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


