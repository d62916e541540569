"""The web shows what ``quotegraph extract`` shows: statements at confidence 0.5 or more unless asked
for another ``min_confidence`` (0 shows every one); ``scope=all`` has no floor. Over a store written
by hand (the confidences fixed), on real SQLite and, when QUOTEGRAPH_TEST_PG is set, PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from quotegraph.corpus import Corpus
from quotegraph.corpus.resolving import resolve_corpus
from quotegraph.model import Article, Quote
from quotegraph.web import create_app

PG = os.environ.get("QUOTEGRAPH_TEST_PG")
SCHEMA = "web_floor"
KEY = "pier0000000000000000000000000000"
SURE = "The pier will reopen in June,"
UNSURE = "the sea wall may crack before the autumn"
BELIEF = "the tides will rise higher every year"
TEXT = (
    f'The harbour master spoke on Friday. "{SURE}" said Yusuf Brennan. Brennan hinted that {UNSURE}. '
    f"Brennan believes {BELIEF}."
)


def quote(text: str, type: str, confidence: float, kind: str = "statement", speaker: str = "Brennan") -> Quote:
    start = TEXT.index(text)
    return Quote(start=start, end=start + len(text), text=text, type=type, speaker=speaker,  # type: ignore[arg-type]
                 kind=kind, confidence=confidence, speaker_kind="person")  # type: ignore[arg-type]  # fmt: skip


QUOTES = [
    quote(SURE, "direct", 0.8, speaker="Yusuf Brennan"),
    quote(UNSURE, "indirect", 0.3),  # what extract leaves out by default
    quote(BELIEF, "indirect", 0.3, kind="belief"),
]


@pytest.fixture(params=["sqlite", "postgres"])
def web(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    if request.param == "sqlite":
        url = str(tmp_path / "floor.db")
    else:
        if not PG:
            pytest.skip("QUOTEGRAPH_TEST_PG is not set")
        import psycopg

        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
            conn.execute(f"CREATE SCHEMA {SCHEMA}")
        url = f"{PG}{'&' if '?' in PG else '?'}options=-csearch_path%3D{SCHEMA}"
    article = Article("pier-1", TEXT, outlet="Pier Post", published="2025-06-06", title="Pier to reopen")
    with Corpus(url) as corpus:
        with corpus.store.transaction():
            corpus.store.add_article(KEY, article, QUOTES, "pier.txt", "2025-06-06T00:00:00")
        resolve_corpus(corpus.store)
    with TestClient(create_app(url), raise_server_exceptions=False) as client:
        yield client


def texts(client: TestClient, path: str, key: str = "items", **params: Any) -> list[str]:
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    return [q["text"] for q in r.json()[key]]


def test_the_store_keeps_what_the_pages_leave_out(web: TestClient) -> None:
    assert texts(web, f"/api/articles/{KEY}", "quotes", min_confidence=0, scope="all") == [SURE, UNSURE, BELIEF]


def test_search_shows_the_unsure_statement_only_when_asked(web: TestClient) -> None:
    assert texts(web, "/api/search", q="sea wall") == []
    assert texts(web, "/api/search") == [SURE]
    assert texts(web, "/api/search", q="sea wall", min_confidence=0) == [UNSURE]
    assert texts(web, "/api/search", q="sea wall", min_confidence="0.3") == [UNSURE]
    assert texts(web, "/api/search", q="sea wall", min_confidence="0.35") == []
    assert texts(web, "/api/search", q="tides", scope="all") == [BELIEF]
    assert texts(web, "/api/search", q="tides", scope="all", min_confidence="0.5") == []
    assert texts(web, "/api/quotes") == [SURE]
    html = web.get("/search", params={"q": "sea wall"}).text
    assert "No quotes match" in html and UNSURE not in html
    html = web.get("/search", params={"q": "sea wall", "min_confidence": "0"}).text
    html = html.replace("<mark>", "").replace("</mark>", "")  # the words matched are marked
    assert UNSURE in html and '<details class="filters" open>' in html
    assert 'step="0.05" value="0.0"' in html
    html = web.get("/search", params={"q": "tides", "scope": "all"}).text
    assert BELIEF in html.replace("<mark>", "").replace("</mark>", "")


def test_the_article_shows_the_unsure_statement_only_when_asked(web: TestClient) -> None:
    article = web.get(f"/api/articles/{KEY}").json()
    assert ([q["text"] for q in article["quotes"]], article["n_quotes"]) == ([SURE], 1)
    asked = web.get(f"/api/articles/{KEY}", params={"min_confidence": 0}).json()
    assert ([q["text"] for q in asked["quotes"]], asked["n_quotes"]) == ([SURE, UNSURE], 2)
    assert texts(web, f"/api/articles/{KEY}", "quotes", scope="all") == [SURE, UNSURE, BELIEF]
    [listed] = web.get("/api/articles").json()["items"]
    assert listed["n_quotes"] == 1
    html = web.get(f"/articles/{KEY}").text
    assert "1 quote<" in html and f">{SURE}</a>" in html and f">{UNSURE}</a>" not in html
    html = web.get(f"/articles/{KEY}", params={"min_confidence": "0"}).text
    assert "2 quotes<" in html and f">{UNSURE}</a>" in html and BELIEF + "</a>" not in html
    html = web.get(f"/articles/{KEY}", params={"scope": "all"}).text
    assert "3 quotes<" in html and f">{UNSURE}</a>" in html and f">{BELIEF}</a>" in html
    assert web.get(f"/articles/{KEY}", params={"min_confidence": "2"}).status_code == 422


def test_speaker_counts_leave_out_the_unsure_statement(web: TestClient) -> None:
    [speaker] = web.get("/api/speakers").json()["items"]
    assert (speaker["name"], speaker["n_quotes"]) == ("Yusuf Brennan", 1)
    detail = web.get(f"/api/speakers/{speaker['id']}").json()
    assert (detail["n_quotes"], detail["n_articles"], sum(w["n"] for w in detail["weeks"])) == (1, 1, 1)
    assert texts(web, f"/api/speakers/{speaker['id']}/quotes") == [SURE]
    every = web.get(f"/api/speakers/{speaker['id']}", params={"scope": "all"}).json()
    assert (every["n_quotes"], sum(w["n"] for w in every["weeks"])) == (3, 3)
    assert sorted(texts(web, f"/api/speakers/{speaker['id']}/quotes", scope="all")) == sorted(
        [SURE, UNSURE, BELIEF]
    )
    html = web.get(f"/speakers/{speaker['id']}").text
    assert "1 quote in 1 article" in html and SURE in html
    assert UNSURE not in html and BELIEF not in html
    assert "3 quotes in 1 article" in web.get(f"/speakers/{speaker['id']}", params={"scope": "all"}).text
