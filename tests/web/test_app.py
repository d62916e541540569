"""The app's error handling: errors as the API's schema documents them, whatever the request holds."""

from __future__ import annotations

from fastapi.testclient import TestClient

HARBOUR = "The pier will stay closed all summer, harbour master Yusuf Brennan said on Monday."


def test_every_422_has_a_list_of_problems(client: TestClient) -> None:
    deep = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    for body in (deep, b"{not json", b'{"text": "\xff\xfe"}'):
        r = client.post("/api/extract", content=body, headers={"content-type": "application/json"})
        assert r.status_code == 422, body[:20]
        assert isinstance(r.json()["detail"], list) and r.json()["detail"][0]["loc"][0] == "body"
    r = client.post("/api/extract", json={"text": "Der Stadtrat hat am Dienstag die alte Hafenmauer gebaut."})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "text"]
    r = client.post("/api/extract", json={"text": HARBOUR, "min_confidence": False})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "min_confidence"]


def test_405_names_every_method_of_the_path(client: TestClient) -> None:
    r = client.put("/api/articles", json={})
    assert r.status_code == 405 and r.headers["allow"] == "GET, POST"
    assert client.delete("/api/extract").headers["allow"] == "POST"


