"""Whole results as downloads (CSV and JSON): every quote a search or a speaker's list matches."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient


def test_downloads_hold_the_whole_result(client: TestClient) -> None:
    total = client.get("/api/search", params={"scope": "all", "per_page": 1}).json()["total"]
    r = client.get("/search", params={"scope": "all", "page": 3, "format": "csv"})
    assert (
        r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
    )
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == total > 1  # every page, not the third
    as_json = client.get("/api/search", params={"scope": "all", "format": "json"}).json()
    assert [q["id"] for q in as_json] == [row["id"] for row in rows]


def test_speaker_quotes_download(client: TestClient, ids: dict[str, str]) -> None:
    detail = client.get(f"/api/speakers/{ids['marchetti']}").json()
    rows = client.get(f"/speakers/{ids['marchetti']}", params={"format": "json"}).json()
    assert len(rows) == detail["n_quotes"] and {r["speaker_id"] for r in rows} == {ids["marchetti"]}
    assert client.get("/speakers/nobody", params={"format": "csv"}).status_code == 404
