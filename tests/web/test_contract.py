"""Errors as the API's schema documents them, whatever the request holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quotegraph.web import create_app
from tests.web.conftest import TOKEN

HARBOUR = "The pier will stay closed all summer, harbour master Yusuf Brennan said on Monday."


@pytest.mark.parametrize("value", ["", " ", "0", "1700000000", "2025-1-2"])
@pytest.mark.parametrize("name", ["since", "until"])
def test_a_day_is_written_yyyy_mm_dd(client: TestClient, name: str, value: str) -> None:
    r = client.get("/api/search", params={name: value})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", name]
    assert client.get("/search", params={name: value}).status_code == (200 if not value.strip() else 422)


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


def test_a_lone_surrogate_sent_as_such(db_copy: Path) -> None:
    """The JSON escape itself goes over the wire: the server's parser makes the lone surrogate."""
    body = ('{"text": "' + HARBOUR.replace("pier", "pi\\ud800er") + '", "title": "T\\udc80", "id": "x\\udfff"}')
    assert "\\ud800" in body and "\ud800" not in body
    with TestClient(create_app(str(db_copy), token=TOKEN), raise_server_exceptions=False) as c:
        headers = {"content-type": "application/json"}
        r = c.post("/api/extract", content=body.encode("ascii"), headers=headers)
        assert r.status_code == 200 and r.json()["quotes"][0]["speaker"] == "Yusuf Brennan"
        r = c.post("/api/articles", content=body.encode("ascii"),
                   headers={**headers, "authorization": f"Bearer {TOKEN}"})  # fmt: skip
        assert r.status_code == 201, r.text
        stored = c.get(f"/api/articles/{r.json()['key']}")
        assert stored.status_code == 200 and stored.json()["title"] == "T\ufffd"
        assert "pi\ufffder" in stored.json()["text"]
