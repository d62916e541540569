"""The same app over PostgreSQL (when QUOTEGRAPH_TEST_PG is set): every page and API read works
there too, with the same answers as on SQLite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quotegraph.corpus import Corpus
from quotegraph.web import create_app
from tests.web.articles import ARTICLES, HOSTILE, write_jsonl
from tests.web.conftest import HOSTILE_KEY, HOSTILE_SPEAKER, TOKEN, add_hostile_records

PG = os.environ.get("QUOTEGRAPH_TEST_PG")
pytestmark = pytest.mark.skipif(not PG, reason="QUOTEGRAPH_TEST_PG is not set")
SCHEMA = "web_test"


@pytest.fixture(scope="module")
def pg_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    import psycopg

    assert PG
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
        conn.execute(f"CREATE SCHEMA {SCHEMA}")
    url = f"{PG}{'&' if '?' in PG else '?'}options=-csearch_path%3D{SCHEMA}"
    folder: Path = tmp_path_factory.mktemp("web-pg")
    with Corpus(url) as corpus:
        corpus.ingest([write_jsonl(folder, [*ARTICLES, HOSTILE])])
        add_hostile_records(corpus)
    with TestClient(create_app(url, token=TOKEN), raise_server_exceptions=False) as c:
        yield c


def test_reads_agree_with_sqlite(pg_client: TestClient, client: TestClient) -> None:
    for path, params in [
        ("/api/search", {"q": "islanders deserve"}),
        ("/api/search", {"speaker": "Marchetti", "per_page": 3}),
        ("/api/search", {"outlet": "valley courier", "since": "2025-03-01", "until": "2025-04-30"}),
        ("/api/search", {"target": "Tuesday", "type": "direct"}),
        ("/api/speakers", {"per_page": 3}),
        ("/api/quotes", {"per_page": 5, "page": 2}),
        ("/api/articles", {"per_page": 4}),
        ("/api/search", {"q": "fastest coast", "scope": "all"}),
        ("/api/search", {"speaker": "Marchetti", "scope": "all", "min_confidence": "0.5", "per_page": 100}),
        ("/api/quotes", {"per_page": 100, "scope": "all"}),
        ("/api/speakers", {"per_page": 100, "scope": "all"}),
        ("/api/articles", {"per_page": 100, "scope": "all"}),
    ]:
        on_pg, on_sqlite = pg_client.get(path, params=params), client.get(path, params=params)
        assert on_pg.status_code == on_sqlite.status_code == 200, (path, params, on_pg.text)
        pg_items, lite_items = on_pg.json()["items"], on_sqlite.json()["items"]
        key = "key" if path == "/api/articles" else "id"
        if params.get("q"):  # the two dialects rank full-text matches differently
            assert {i[key] for i in pg_items} == {i[key] for i in lite_items}
        else:
            assert [i[key] for i in pg_items] == [i[key] for i in lite_items], (path, params)
        if path != "/api/search":
            assert pg_items == lite_items, (path, params)  # counts, kinds and verbatim too
    assert [q["kind"] for q in pg_client.get("/api/search", params={"q": "fastest coast"}).json()["items"]] == []


def test_pages_and_details(pg_client: TestClient) -> None:
    marchetti = pg_client.get("/api/speakers", params={"name": "Marchetti"}).json()["items"][0]["id"]
    detail = pg_client.get(f"/api/speakers/{marchetti}").json()
    assert detail["n_quotes"] == sum(w["n"] for w in detail["weeks"]) + detail["undated"]
    every = pg_client.get(f"/api/speakers/{marchetti}", params={"scope": "all"}).json()
    assert every["n_quotes"] == sum(w["n"] for w in every["weeks"]) + every["undated"] > detail["n_quotes"]
    hits = pg_client.get("/api/search", params={"q": "islanders deserve", "outlet": "Valley Courier"}).json()
    hit = hits["items"][0]
    reports = pg_client.get(f"/api/quotes/{hit['id']}").json()["reports"]
    assert [r["outlet"] for r in reports] == ["Harbour Herald", "Valley Courier", "Coastal Daily"]
    for path in ("/", "/search?q=ferry", f"/speakers/{marchetti}", f"/quotes/{hit['id']}", "/?scope=all",
                 f"/speakers/{marchetti}?scope=all", f"/articles/{hit['article_key']}?scope=all",
                 "/search?q=ferry&scope=all&min_confidence=0.5",
                 f"/articles/{hit['article_key']}", f"/articles/{HOSTILE_KEY}", f"/speakers/{HOSTILE_SPEAKER}",
                 "/search?q=%00&speaker=%27"):  # fmt: skip
        r = pg_client.get(path)
        assert r.status_code == 200, path
        assert "<script>window" not in r.text
    for path in ("/api/quotes/%00", "/quotes/a%00b", "/api/speakers/%00/quotes", "/articles/%00"):
        assert pg_client.get(path).status_code == 422, path
    article = {
        "text": 'The mayor said on Monday: "We will\x00 rebuild the pier," in the town hall.',
        "title": "x\x00",
    }
    r = pg_client.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code in (201, 422), r.text
