"""The extractor cannot be turned against the server or its users: the token on a public server, a
few extractions at a time, each within its budget (cross-site posts: ``test_security``)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from fastapi.testclient import TestClient

from quotegraph.web import create_app
from tests.web.conftest import TOKEN

HARBOUR = "The pier will stay closed all summer, harbour master Yusuf Brennan said on Monday."
SLOW = "he said " * 8000  # 64 KB: a few seconds of extraction
LONG = "he said " * 30000  # 240 KB, near the largest body the server takes: ten seconds or more


def test_a_public_server_extracts_only_for_the_token(corpus_db: Path) -> None:
    with TestClient(create_app(str(corpus_db), token=TOKEN, public=True)) as c:
        assert c.post("/api/extract", json={"text": HARBOUR}).status_code == 401
        assert c.post("/try", data={"text": HARBOUR}).status_code == 401
        assert c.post("/try", data={"text": HARBOUR, "token": "wrong"}).status_code == 401
        ok = c.post("/api/extract", json={"text": HARBOUR}, headers={"authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200 and ok.json()["quotes"]
        assert c.post("/try", data={"text": HARBOUR, "token": TOKEN}).status_code == 200
        assert c.get("/api/quotes").status_code == 200  # reading needs no token
    with TestClient(create_app(str(corpus_db), public=True)) as read_only:  # no token: no extraction
        assert read_only.post("/api/extract", json={"text": HARBOUR}).status_code == 401


def test_extraction_past_its_budget_gets_503(corpus_db: Path) -> None:
    with TestClient(create_app(str(corpus_db), extract_budget=0.2), raise_server_exceptions=False) as c:
        t0 = time.monotonic()
        r = c.post("/api/extract", json={"text": SLOW})
        assert r.status_code == 503 and "longer than 0.2 s" in r.json()["detail"]
        assert r.headers["retry-after"] == "5" and time.monotonic() - t0 < 2.5


def test_after_a_timed_out_request_the_next_one_is_served(corpus_db: Path) -> None:
    app = create_app(str(corpus_db), extract_budget=0.5)
    with TestClient(app, raise_server_exceptions=False) as c:
        assert c.post("/api/extract", json={"text": LONG}).status_code == 503
        deadline = time.monotonic() + 60
        while app.state.web.extractor._turn.locked() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not app.state.web.extractor._turn.locked()
        r = c.post("/api/extract", json={"text": HARBOUR})
        assert r.status_code == 200 and r.json()["quotes"][0]["speaker"] == "Yusuf Brennan"


def test_extractions_beyond_the_limit_get_503_at_once(corpus_db: Path) -> None:
    app = create_app(str(corpus_db), max_extractions=1)
    with TestClient(app, raise_server_exceptions=False) as c:
        first: list[int] = []
        slow = threading.Thread(target=lambda: first.append(c.post("/api/extract", json={"text": SLOW}).status_code))
        slow.start()
        deadline = time.monotonic() + 30
        while not app.state.web.extractor._turn.locked() and time.monotonic() < deadline:
            time.sleep(0.01)
        t0 = time.monotonic()
        r = c.post("/api/extract", json={"text": HARBOUR})
        waited = time.monotonic() - t0
        slow.join()
        assert r.status_code == 503 and waited < 1.0
        assert first == [200]
        assert c.post("/api/extract", json={"text": HARBOUR}).status_code == 200  # the slot is free again


