"""The JSON API's shapes: what a request body may hold."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from quotegraph.web import create_app
from tests.web.conftest import TOKEN

HARBOUR = "The pier will stay closed all summer, harbour master Yusuf Brennan said on Monday."


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
