"""The workbench reads: index pages and their JSON twins, totals, orders, marked words (downloads:
``test_downloads``)."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_search_counts_sorts_and_marks_words(client: TestClient) -> None:
    api = client.get("/api/search", params={"q": "islanders deserve", "per_page": 1}).json()
    assert api["total"] > 1 and len(api["items"]) == 1 and api["next_page"] == 2
    html = client.get("/search", params={"q": "islanders deserve"}).text
    assert f'<b class="total">{api["total"]} quotes</b>' in html
    assert "<mark>islanders</mark> <mark>deserve</mark>" in html
    by_conf = client.get(
        "/api/search", params={"q": "islanders", "sort": "confidence", "per_page": 100}
    ).json()
    confidences = [i["confidence"] for i in by_conf["items"]]
    assert confidences == sorted(confidences, reverse=True)
    assert client.get("/api/search", params={"sort": "loudest"}).status_code == 422


def test_speakers_index_sorts_and_filters(client: TestClient) -> None:
    by_articles = client.get("/api/speakers", params={"sort": "articles"}).json()["items"]
    assert [s["n_articles"] for s in by_articles] == sorted(
        (s["n_articles"] for s in by_articles), reverse=True
    )
    by_seen = client.get("/api/speakers", params={"sort": "last_seen"}).json()["items"]
    seen = [s["last_seen"] for s in by_seen if s["last_seen"]]
    assert seen == sorted(seen, reverse=True)
    html = client.get("/speakers", params={"name": "marchetti"}).text
    assert (
        "1 speaker whose name contains" in html and "Odile Marchetti" in html and "<h1>Speakers</h1>" in html
    )
    page2 = client.get("/api/speakers", params={"per_page": 2, "page": 2}).json()
    assert page2["total"] == len(client.get("/api/speakers", params={"per_page": 100}).json()["items"])


def test_outlets_index_counts_and_top_speakers(client: TestClient) -> None:
    body = client.get("/api/outlets").json()
    herald = next(o for o in body["items"] if o["outlet"] == "Harbour Herald")
    found = client.get("/api/search", params={"outlet": "Harbour Herald", "per_page": 100}).json()
    assert herald["n_quotes"] == found["total"] == len(found["items"])
    assert herald["n_articles"] == len({q["article_key"] for q in found["items"]})
    assert herald["speakers"][0]["name"] == "Odile Marchetti"
    assert "Harbour Herald" in client.get("/outlets").text


def test_articles_index_by_date_and_outlet(client: TestClient) -> None:
    newest = client.get("/api/articles", params={"per_page": 100}).json()
    oldest = client.get("/api/articles", params={"per_page": 100, "sort": "oldest"}).json()
    dated = [a["published_at"] for a in newest["items"] if a["published_at"]]
    assert dated == sorted(dated, reverse=True) and newest["total"] == len(newest["items"])
    assert [a["published_at"] for a in oldest["items"] if a["published_at"]] == sorted(dated)
    herald = client.get("/api/articles", params={"outlet": "harbour herald"}).json()
    assert herald["total"] == 2 and {a["outlet"] for a in herald["items"]} == {"Harbour Herald"}
    assert (
        "<h1>Articles in Harbour Herald</h1>"
        in client.get("/articles", params={"outlet": "Harbour Herald"}).text
    )


def test_quote_page_cites_and_links_to_its_place(client: TestClient, ids: dict[str, str]) -> None:
    quote = client.get(f"/api/quotes/{ids['quote']}").json()["quote"]
    html = client.get(f"/quotes/{ids['quote']}").text
    assert html.count("<h1>") == 1 and "<h1>Odile Marchetti, in Valley Courier" in html
    n = ids["quote"].rsplit("-", 1)[1]
    assert f'href="/articles/{ids["article"]}#q-{n}">Open in the article' in html
    permalink = f"http://testserver/quotes/{ids['quote']}"
    plain = f"\u201c{quote['text']}\u201d \u2014 Odile Marchetti, Valley Courier, {quote['published_at'][:10]}. {permalink}"
    assert f'<textarea id="cite-plain" readonly rows="3">{plain}</textarea>' in html.replace("&#34;", '"')
    year = quote["published_at"][:4]
    assert f'<textarea id="cite-apa" readonly rows="3">Valley Courier. ({year}, ' in html


def test_article_page_anchors_each_quote_with_its_cue_and_speaker(
    client: TestClient, ids: dict[str, str]
) -> None:
    article = client.get(f"/api/articles/{ids['article']}").json()
    html = client.get(f"/articles/{ids['article']}").text
    for q in article["quotes"]:
        n = q["id"].rsplit("-", 1)[1]
        assert f'id="q-{n}"' in html
    quoted = next(q for q in article["quotes"] if q["id"] == ids["quote"])
    n = quoted["id"].rsplit("-", 1)[1]
    assert f'<span class="cue" data-for="q-{n}"><span class="vh">[cue: </span>{quoted["cue"]}<' in html
    assert f'<span class="speaker" data-for="q-{n}"><span class="vh">[speaker: </span>' in html


def test_sql_lives_in_the_store_and_quote_type_in_the_model() -> None:
    import re
    from pathlib import Path

    import quotegraph

    root = Path(quotegraph.__file__).parent
    sql = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")
    web = [p.name for p in (root / "web").glob("*.py") if sql.search(p.read_text(encoding="utf-8"))]
    assert web == []
    defined = [
        p for p in root.rglob("*.py") if re.search(r"^QuoteType\s*=", p.read_text(encoding="utf-8"), re.M)
    ]
    assert [p.relative_to(root).as_posix() for p in defined] == ["model.py"]
