"""Statements by default, every kind with scope=all, a confidence floor, and only direct quotes in
quotation marks: the API and the pages in process, over the corpus the real extractor built."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.articles import BELIEF

PIER = (
    "The harbour master closed the north pier on Thursday after a storm damaged the railings.\n\n"
    '"Nobody should walk on that pier until the engineers have checked every post," said Yusuf Brennan, '
    "the harbour master. Brennan fears that the railings will fail again in the next storm."
)


def items(client: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    found: list[dict[str, Any]] = r.json()["items"]
    return found


@pytest.fixture(scope="module")
def belief(client: TestClient) -> dict[str, Any]:
    [found] = items(client, "/api/search", q="fastest coast", scope="all")
    return found


def test_api_lists_statements_unless_scope_all(client: TestClient, belief: dict[str, Any]) -> None:
    assert (belief["text"], belief["kind"], belief["type"], belief["verbatim"], belief["speaker_name"]) == (
        BELIEF, "belief", "indirect", False, "Odile Marchetti",
    )  # fmt: skip
    assert items(client, "/api/search", q="fastest coast") == []
    statements = items(client, "/api/quotes", per_page=100)
    every = items(client, "/api/quotes", per_page=100, scope="all")
    assert {q["kind"] for q in statements} == {"statement"}
    assert belief["id"] in {q["id"] for q in every} and len(every) > len(statements)
    assert all(q["verbatim"] == (q["type"] == "direct") for q in every)
    assert {q["verbatim"] for q in statements} == {True, False}  # indirect statements are paraphrase


def test_api_counts_follow_the_scope(client: TestClient, ids: dict[str, str], belief: dict[str, Any]) -> None:
    marchetti = ids["marchetti"]
    statements = client.get(f"/api/speakers/{marchetti}").json()
    every = client.get(f"/api/speakers/{marchetti}", params={"scope": "all"}).json()
    assert every["n_quotes"] > statements["n_quotes"]
    for scope, body in (("statements", statements), ("all", every)):
        assert body["n_quotes"] == sum(w["n"] for w in body["weeks"]) + body["undated"]
        listed = items(client, f"/api/speakers/{marchetti}/quotes", per_page=100, scope=scope)
        assert len(listed) == body["n_quotes"]
        [summary] = items(client, "/api/speakers", name="Marchetti", scope=scope)
        assert summary["n_quotes"] == body["n_quotes"]
    key = belief["article_key"]
    article = client.get(f"/api/articles/{key}").json()
    article_all = client.get(f"/api/articles/{key}", params={"scope": "all"}).json()
    assert BELIEF not in [q["text"] for q in article["quotes"]]
    assert BELIEF in [q["text"] for q in article_all["quotes"]]
    [listed] = [a for a in items(client, "/api/articles", per_page=100) if a["key"] == key]
    [listed_all] = [a for a in items(client, "/api/articles", per_page=100, scope="all") if a["key"] == key]
    assert (listed["n_quotes"], listed_all["n_quotes"]) == (len(article["quotes"]), len(article_all["quotes"]))


def test_api_search_by_confidence(client: TestClient) -> None:
    every = items(client, "/api/search", per_page=100, scope="all")
    floor = sorted(q["confidence"] for q in every)[len(every) // 2]
    surer = items(client, "/api/search", per_page=100, scope="all", min_confidence=floor)
    assert [q["id"] for q in surer] == [q["id"] for q in every if q["confidence"] >= floor]
    assert 0 < len(surer) < len(every)
    worded = items(client, "/api/search", q="islanders", min_confidence=floor, per_page=100)
    assert worded and all(q["confidence"] >= floor for q in worded)
    for params, field in (({"min_confidence": "1.5"}, "min_confidence"), ({"min_confidence": "high"}, "min_confidence"),
                          ({"scope": "everything"}, "scope")):  # fmt: skip
        r = client.get("/api/search", params=params)
        assert r.status_code == 422 and r.json()["message"].startswith(f"{field}: ")


def test_extract_endpoint_gives_statements_by_default(client: TestClient) -> None:
    default = client.post("/api/extract", json={"text": PIER}).json()["quotes"]
    assert [(q["kind"], q["type"], q["verbatim"], q["speaker"]) for q in default] == [
        ("statement", "direct", True, "Yusuf Brennan")
    ]
    every = client.post("/api/extract", json={"text": PIER, "scope": "all", "min_confidence": 0}).json()["quotes"]
    assert [(q["kind"], q["verbatim"]) for q in every] == [("statement", True), ("belief", False)]
    assert every[1]["text"] == "the railings will fail again in the next storm"
    assert client.post("/api/extract", json={"text": PIER, "scope": "some"}).status_code == 422
    assert client.post("/api/extract", json={"text": PIER, "min_confidence": 2}).status_code == 422


def cards(html: str) -> list[tuple[str, str, str]]:
    """(card class, what the quote's link shows, the whole card) for every quote card of a page."""
    out = []
    for block in html.split('<li class="card ')[1:]:
        block = block.split("</li>")[0]
        shown = re.search(r'class="qtext"[^>]*>(.*?)</a>', block, re.S)
        assert shown is not None
        words = re.sub(r"</?mark>", "", shown.group(1))  # the words a search matched are marked
        out.append((block.split('"')[0], words, block))
    return out


def test_only_direct_quotes_stand_in_quotation_marks(client: TestClient) -> None:
    found = cards(client.get("/search", params={"q": "twice a day"}).text)
    assert {kind for kind, _, _ in found} == {"verbatim", "paraphrase"}
    for kind, shown, block in found:
        if kind == "verbatim":
            assert shown.startswith("“") and shown.endswith("”") and "<blockquote>" in block
            assert '<span class="label">paraphrase</span>' not in block
        else:
            assert "“" not in shown and "<blockquote>" not in block
            assert '<span class="label">paraphrase</span>' in block
    assert '<span class="kind">' not in "".join(block for _, _, block in found)  # statements only


def test_scope_all_pages_show_each_kind(client: TestClient, belief: dict[str, Any]) -> None:
    html = client.get("/search", params={"q": "fastest coast", "scope": "all"}).text
    [(kind, shown, block)] = cards(html)
    assert (kind, shown) == ("paraphrase", BELIEF)
    assert '<span class="kind">belief</span>' in block and f'href="/quotes/{belief["id"]}?scope=all"' in block
    assert '<option value="all" selected>' in html
    assert "No quotes match" in client.get("/search", params={"q": "fastest coast"}).text
    every = cards(client.get("/search", params={"q": "twice a day", "scope": "all"}).text)
    assert {block.count('<span class="kind">') for _, _, block in every} == {1}


def test_search_form_offers_scope_and_confidence(client: TestClient) -> None:
    html = client.get("/search", params={"q": "ferry", "min_confidence": "0.9"}).text
    assert '<select name="scope">' in html
    assert re.search(r'<input name="min_confidence" type="number" min="0" max="1" step="0.05" value="0.9"', html)
    assert "<details class=\"filters\" open>" in html
    assert "Confidence at least <small>(default 0.5 for statements; 0 shows all)</small>" in html


def test_article_page_marks_paraphrase_and_kinds(client: TestClient, belief: dict[str, Any]) -> None:
    key = belief["article_key"]
    statements = client.get(f"/api/articles/{key}").json()["quotes"]
    html = client.get(f"/articles/{key}").text
    n_paraphrase = sum(not q["verbatim"] for q in statements)
    assert n_paraphrase >= 1
    assert len(re.findall(r'class="q s[\w-]+ paraphrase"', html)) == n_paraphrase
    assert html.count("(paraphrase)</span>") == n_paraphrase
    assert html.count("(their own words)</span>") == len(statements) - n_paraphrase
    assert "<b>Kind</b>" not in html
    every = client.get(f"/articles/{key}", params={"scope": "all"}).text
    assert "<b>Kind</b> belief" in every and "<b>Kind</b> statement" in every
    assert f'href="/articles/{key}"' in every  # the way back to statements only


def test_speaker_page_counts_statements_by_default(client: TestClient, ids: dict[str, str]) -> None:
    marchetti = ids["marchetti"]
    html = client.get(f"/speakers/{marchetti}").text
    every = client.get(f"/speakers/{marchetti}", params={"scope": "all"}).text
    statements = client.get(f"/api/speakers/{marchetti}").json()["n_quotes"]
    n_all = client.get(f"/api/speakers/{marchetti}", params={"scope": "all"}).json()["n_quotes"]
    assert f"{statements} quotes in " in html and f"{n_all} quotes in " in every
    assert "Week of 2025-03-03: 3 quotes" in html
    assert re.search(r"Week of 2025-03-03: ([4-9]) quotes", every)
    assert f'href="/speakers/{marchetti}?scope=all"' in html
    assert BELIEF not in html and BELIEF in every
    home, home_all = client.get("/").text, client.get("/", params={"scope": "all"}).text
    assert re.search(rf"Odile Marchetti</a> <span class=\"count\">{statements} quotes", home)
    assert re.search(rf"Odile Marchetti</a> <span class=\"count\">{n_all} quotes", home_all)


def test_quote_page_shows_paraphrase_without_marks(client: TestClient, ids: dict[str, str],
                                                  belief: dict[str, Any]) -> None:  # fmt: skip
    direct = client.get(f"/quotes/{ids['quote']}").text
    assert re.search(r"<blockquote>.*?<span class=\"qtext\">“Twice a day", direct, re.S)
    html = client.get(f"/quotes/{belief['id']}").text
    assert "<blockquote>" not in html.split("</figure>")[0]
    assert f'<span class="qtext">{BELIEF}</span>' in html
    assert '<span class="kind">belief</span>' in html and '<span class="label">paraphrase</span>' in html
    assert "indirect quote (paraphrase)" in html


def test_try_it_shows_statements_unless_asked(client: TestClient) -> None:
    html = client.post("/try", data={"text": PIER}).text
    assert "1 quote found" in html and "<b>Kind</b>" not in html
    every = client.post("/try", data={"text": PIER, "scope": "all"}).text
    assert "2 quotes found" in every and "<b>Kind</b> belief" in every
    assert '<option value="all" selected>' in every
    assert len(re.findall(r'class="q s[\w-]+ paraphrase"', every)) == 1


def test_a_written_article_keeps_every_kind(db_copy: Any) -> None:
    from quotegraph.web import create_app
    from tests.web.conftest import TOKEN

    article = {"text": PIER, "title": "Pier closed", "outlet": "Harbour Herald", "published": "2025-06-02"}
    with TestClient(create_app(str(db_copy), token=TOKEN)) as c:
        r = c.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201 and r.json()["n_quotes"] == 1  # the statement; the belief is kept too
        key = r.json()["key"]
        assert [q["kind"] for q in c.get(f"/api/articles/{key}").json()["quotes"]] == ["statement"]
        every = c.get(f"/api/articles/{key}", params={"scope": "all"}).json()["quotes"]
        assert [(q["kind"], q["speaker_name"]) for q in every] == [
            ("statement", "Yusuf Brennan"), ("belief", "Yusuf Brennan"),
        ]  # fmt: skip
        again = c.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
        assert again.json() == {"key": key, "n_quotes": 1, "created": False}
