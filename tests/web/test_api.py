"""The JSON API in process: pagination, OpenAPI, filters, 404s, extraction, and no 500s."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

HARBOUR = (
    "The harbour master closed the north pier on Thursday after a storm damaged the railings.\n\n"
    '"Nobody should walk on that pier until the engineers have checked every post," said Yusuf Brennan, '
    "the harbour master."
)


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    paths = schema["paths"]
    for path in ("/api/search", "/api/speakers", "/api/speakers/{speaker_id}", "/api/speakers/{speaker_id}/quotes",
                 "/api/quotes", "/api/quotes/{quote_id}", "/api/articles", "/api/articles/{key}", "/api/extract"):  # fmt: skip
        assert path in paths, path
    assert "post" in paths["/api/articles"] and "post" in paths["/api/extract"]
    params = {p["name"] for p in paths["/api/search"]["get"]["parameters"]}
    assert {"q", "speaker", "outlet", "since", "until", "target", "type", "page", "per_page"} <= params
    assert "QuotePage" in schema["components"]["schemas"]
    assert not any(p.startswith("/search") or p == "/" for p in paths)  # pages stay out of the API schema


def test_search_pages_cover_every_quote_once(client: TestClient) -> None:
    total = client.get("/api/quotes", params={"per_page": 100}).json()
    assert total["next_page"] is None
    everything = [q["id"] for q in total["items"]]
    seen: list[str] = []
    page: int | None = 1
    while page is not None:
        body = client.get("/api/search", params={"page": page, "per_page": 4}).json()
        assert len(body["items"]) <= 4
        seen += [q["id"] for q in body["items"]]
        page = body["next_page"]
    assert seen == everything and len(seen) == len(set(seen)) > 10
    dates = [q["published_at"] for q in total["items"]]
    assert dates == sorted(dates, reverse=True)


def test_speakers_are_paged_most_quoted_first(client: TestClient) -> None:
    first = client.get("/api/speakers", params={"per_page": 2}).json()
    assert first["total"] >= 5 and first["next_page"] == 2 and len(first["items"]) == 2
    assert first["items"][0]["name"] == "Odile Marchetti"
    second = client.get("/api/speakers", params={"per_page": 2, "page": 2}).json()
    assert {s["id"] for s in first["items"]}.isdisjoint(s["id"] for s in second["items"])


def test_search_filters(client: TestClient, ids: dict[str, str]) -> None:
    def found(**params: str) -> list[dict[str, str]]:
        r = client.get("/api/search", params=params)
        assert r.status_code == 200, r.text
        return r.json()["items"]

    assert {q["speaker_name"] for q in found(speaker="Marchetti")} == {"Odile Marchetti"}
    assert {q["outlet"] for q in found(outlet="valley courier")} == {"Valley Courier"}
    in_march = found(since="2025-03-04", until="2025-03-10")
    assert in_march and all("2025-03-04" <= q["published_at"][:10] <= "2025-03-10" for q in in_march)
    assert {q["type"] for q in found(type="direct")} == {"direct"}
    assert [q["text"] for q in found(q="fuel", speaker="Veldhuis")] == [
        "Nobody has explained who pays for the extra fuel,"
    ]
    assert found(speaker="Nobody Byname") == []
    assert {q["speaker_id"] for q in found(speaker_id=ids["marchetti"])} == {ids["marchetti"]}


def test_quote_reports_are_earliest_first_with_word_diffs(client: TestClient, ids: dict[str, str]) -> None:
    body = client.get(f"/api/quotes/{ids['quote']}").json()
    reports = body["reports"]
    assert [r["outlet"] for r in reports] == ["Harbour Herald", "Valley Courier", "Coastal Daily"]
    assert all(op == "equal" for op, _ in reports[0]["diff"])
    assert ["insert", "all"] in reports[1]["diff"]
    assert ["insert", "very"] in reports[2]["diff"]


def test_speaker_detail_counts_weeks(client: TestClient, ids: dict[str, str]) -> None:
    body = client.get(f"/api/speakers/{ids['marchetti']}").json()
    assert body["n_quotes"] == sum(w["n"] for w in body["weeks"]) + body["undated"]
    assert body["weeks"][0]["week"] == "2025-03-03"  # a Monday
    assert {o["outlet"] for o in body["outlets"]} == {"Harbour Herald", "Valley Courier", "Coastal Daily"}
    quotes = client.get(f"/api/speakers/{ids['marchetti']}/quotes", params={"per_page": 2}).json()
    assert len(quotes["items"]) == 2 and quotes["next_page"] == 2


def test_missing_things_are_404(client: TestClient) -> None:
    for path in (
        "/api/quotes/nope-1",
        "/api/speakers/sp-nope",
        "/api/articles/nope",
        "/api/speakers/sp-nope/quotes",
    ):
        r = client.get(path)
        assert r.status_code == 404 and "detail" in r.json()
    assert client.get("/articles/nope").status_code == 404


def test_extract_finds_speaker_and_refuses_non_english(client: TestClient) -> None:
    r = client.post("/api/extract", json={"text": HARBOUR})
    assert r.status_code == 200
    quotes = r.json()["quotes"]
    assert [q["speaker"] for q in quotes] == ["Yusuf Brennan"]
    assert HARBOUR[quotes[0]["start"] : quotes[0]["end"]] == quotes[0]["text"]
    german = (
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenmauer vor den Winterstürmen neu zu bauen."
    )
    r = client.post("/api/extract", json={"text": german})
    assert r.status_code == 422 and r.json()["message"].startswith("text: ")
    assert r.json()["detail"][0]["loc"] == ["body", "text"]  # a list of problems, as every 422
    assert (
        client.post(
            "/api/extract", content=b"{not json", headers={"content-type": "application/json"}
        ).status_code
        == 422
    )
    assert client.post("/api/extract", json={"words": "x"}).status_code == 422


WEIRD = ["\x00", "%00", "'", '"', "*", "NEAR(a b)", "a OR", "-x", "^", "(", "\\", "é" * 50, "😀", "%", "_",
         "' OR 1=1 --", "\ud800".encode("utf-8", "surrogatepass").decode("latin-1")]  # fmt: skip


@pytest.mark.parametrize("value", WEIRD)
def test_odd_input_never_gets_a_500(client: TestClient, value: str) -> None:
    for path in ("/api/search", "/search"):
        for name in ("q", "speaker", "outlet", "target", "speaker_id"):
            r = client.get(path, params={name: value})
            assert r.status_code in (200, 422), (path, name, r.status_code)
    for path in ("/api/speakers", "/api/articles"):
        assert client.get(path, params={"name": value, "outlet": value}).status_code == 200
    for base in ("/api/quotes/", "/api/speakers/", "/api/articles/", "/quotes/", "/speakers/", "/articles/"):
        assert client.get(base + quote(value, safe="")).status_code in (404, 422), base
    assert client.get("/api/search", params={"page": 10**30}).status_code == 422
    assert client.get("/search", params={"page": 1000, "q": "the"}).status_code == 200


@pytest.mark.parametrize("filters", [{}, {"speaker": "Marchetti"}, {"since": "2025-03-01"}])
def test_full_text_results_page_without_gaps(client: TestClient, filters: dict[str, str]) -> None:
    everything = client.get("/api/search", params={"q": "the", **filters, "per_page": 100}).json()["items"]
    assert len(everything) >= 3
    paged: list[str] = []
    page: int | None = 1
    while page is not None:
        body = client.get("/api/search", params={"q": "the", **filters, "per_page": 2, "page": page}).json()
        paged += [q["id"] for q in body["items"]]
        page = body["next_page"]
    assert paged == [q["id"] for q in everything]


