"""Provenance on the web: each report's wording in the API, the words an outlet altered marked on the
quote page, and the search filter listing statements some outlet altered, with the outlets.

The corpus (``articles.py``) has Marchetti's statement printed first by the Harbour Herald, then by
the Valley Courier ("all through the winter") and the Coastal Daily ("the very least"): both altered.
"""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_the_api_gives_each_reports_wording(client: TestClient, ids: dict[str, str]) -> None:
    detail = client.get(f"/api/quotes/{ids['quote']}").json()
    got = {r["outlet"]: r["wording"] for r in detail["reports"]}
    assert got == {"Harbour Herald": "earliest", "Valley Courier": "altered", "Coastal Daily": "altered"}
    assert detail["quote"]["wording"] == "altered"


def test_the_altered_filter_lists_the_earliest_report_of_altered_statements(client: TestClient) -> None:
    found = client.get("/api/search", params={"altered": "true"}).json()["items"]
    assert [(r["outlet"], r["wording"]) for r in found] == [("Harbour Herald", "earliest")]
    assert client.get("/api/search", params={"altered": "true", "q": "boats"}).json()["items"] == []


def test_the_search_page_names_the_outlets_that_altered_it(client: TestClient, ids: dict[str, str]) -> None:
    page = client.get("/search", params={"altered": "true"}).text
    listed = page[page.index('<dl class="altered-by">') :]
    assert "altered by" in listed and "Valley Courier</a>, " in listed and "Coastal Daily</a>" in listed
    assert 'name="altered" type="checkbox" value="true" checked' in page


def test_the_quote_page_counts_articles_and_marks_altered_words(client: TestClient, ids: dict[str, str]) -> None:
    page = client.get(f"/quotes/{ids['quote']}").text
    assert "Reported by 3 articles in 3 outlets" in page
    assert page.count('<span class="label altered">words altered</span>') == 2
    assert '<ins class="altered"><span class="vh">[added: </span>all<span class="vh">]</span></ins>' in page
