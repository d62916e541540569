"""What keeps the server safe: body limits, strict headers, loopback names, write tokens, no
cross-site posts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quotegraph.web import create_app
from tests.web.conftest import TOKEN

HARBOUR = (
    "The harbour master closed the north pier on Thursday after a storm damaged the railings.\n\n"
    '"Nobody should walk on that pier until the engineers have checked every post," said Yusuf Brennan, '
    "the harbour master."
)
PIER = "The pier will stay closed all summer, harbour master Yusuf Brennan said on Monday."


@pytest.fixture(scope="module")
def small_limit(corpus_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(corpus_db), token=TOKEN, max_body=2000)) as c:
        yield c


def test_large_bodies_get_413(small_limit: TestClient) -> None:
    big = {"text": "word " * 1000}
    r = small_limit.post("/api/extract", json=big)
    assert r.status_code == 413 and "2000 bytes" in r.json()["detail"]

    def chunked() -> Iterator[bytes]:  # no Content-Length: the limit still holds
        yield b'{"text": "'
        for _ in range(100):
            yield b"word " * 10
        yield b'"}'

    r = small_limit.post("/api/extract", content=chunked(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    r = small_limit.post("/try", data={"text": "word " * 1000})
    assert r.status_code == 413
    assert small_limit.post("/api/extract", json={"text": ""}).status_code == 200


def test_security_headers(client: TestClient) -> None:
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/api/openapi.json").headers["x-frame-options"] == "DENY"


def test_loopback_server_answers_only_to_loopback_names(corpus_db: Path) -> None:
    with TestClient(create_app(str(corpus_db), allowed_hosts=["127.0.0.1", "localhost"])) as c:
        assert c.get("/", headers={"host": "127.0.0.1:8000"}).status_code == 200
        assert c.get("/api/quotes", headers={"host": "localhost"}).status_code == 200
        assert c.get("/api/quotes", headers={"host": "rebound.example"}).status_code == 400


def test_writes_need_the_token(db_copy: Path) -> None:
    article = {"text": HARBOUR, "title": "Pier closed", "outlet": "Harbour Herald", "published": "2025-06-02"}
    with TestClient(create_app(str(db_copy), token=TOKEN)) as c:
        assert c.post("/api/articles", json=article).status_code == 401
        wrong = c.post("/api/articles", json=article, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
        before = c.get("/api/articles", params={"per_page": 100}).json()["items"]
        ok = c.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 201, ok.text
        added = ok.json()
        assert added["created"] and added["n_quotes"] == 1
        again = c.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
        assert again.json() == {**added, "created": False}
        after = c.get("/api/articles", params={"per_page": 100}).json()["items"]
        assert len(after) == len(before) + 1
        stored = c.get(f"/api/articles/{added['key']}").json()
        assert stored["quotes"][0]["speaker_name"] == "Yusuf Brennan"  # resolved after the write
        assert c.get("/api/speakers", params={"name": "Brennan"}).json()["total"] == 1
        nul = {**article, "text": article["text"].replace("pier", "pi\x00er"), "title": "Pier\x00 closed"}
        r = c.post("/api/articles", json=nul, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201 and r.json()["created"] is False  # the same article once NULs go
    with TestClient(create_app(str(db_copy))) as read_only:
        r = read_only.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 403


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "https://evil.example"},
        {"origin": "null", "sec-fetch-site": "cross-site"},
        {"origin": "null", "referer": "https://evil.example/"},
        {"sec-fetch-site": "cross-site"},
        {"referer": "https://evil.example/page.html"},
    ],
)
def test_cross_site_posts_are_refused(client: TestClient, headers: dict[str, str]) -> None:
    assert client.post("/try", data={"text": PIER}, headers=headers).status_code == 403
    r = client.post("/api/extract", json={"text": PIER}, headers=headers)
    assert r.status_code == 403 and r.json()["detail"].startswith("Requests from other sites")
    token = {"authorization": f"Bearer {TOKEN}", **headers}
    assert client.post("/api/articles", json={"text": PIER}, headers=token).status_code == 403


def test_same_site_posts_and_plain_clients_go_through(client: TestClient) -> None:
    same = {"origin": "http://testserver", "sec-fetch-site": "same-origin"}
    assert client.post("/try", data={"text": PIER}, headers=same).status_code == 200
    own_form = {"origin": "null", "sec-fetch-site": "same-origin"}  # what Chromium sends under no-referrer
    assert client.post("/try", data={"text": PIER}, headers=own_form).status_code == 200
    assert client.post("/api/extract", json={"text": PIER}).status_code == 200
    assert client.get("/", headers={"origin": "https://evil.example"}).status_code == 200  # reads are safe
