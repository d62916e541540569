"""The extractor cannot be turned against the server or its users: no cross-site posts, the token on
a public server, a few extractions at a time, each within its budget; charts bounded in time."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quotegraph.corpus import Corpus
from quotegraph.web import create_app
from quotegraph.web.render import MAX_WEEKS, per_week, weekly_chart
from quotegraph.web.write import Extractor, TooLong
from tests.web.articles import write_jsonl
from tests.web.conftest import TOKEN

HARBOUR = "The pier will stay closed all summer, harbour master Yusuf Brennan said on Monday."
SLOW = "he said " * 8000  # 64 KB: a few seconds of extraction
LONG = "he said " * 30000  # 240 KB, near the largest body the server takes: ten seconds or more


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
    assert client.post("/try", data={"text": HARBOUR}, headers=headers).status_code == 403
    r = client.post("/api/extract", json={"text": HARBOUR}, headers=headers)
    assert r.status_code == 403 and r.json()["detail"].startswith("Requests from other sites")
    token = {"authorization": f"Bearer {TOKEN}", **headers}
    assert client.post("/api/articles", json={"text": HARBOUR}, headers=token).status_code == 403


def test_same_site_posts_and_plain_clients_go_through(client: TestClient) -> None:
    same = {"origin": "http://testserver", "sec-fetch-site": "same-origin"}
    assert client.post("/try", data={"text": HARBOUR}, headers=same).status_code == 200
    own_form = {"origin": "null", "sec-fetch-site": "same-origin"}  # what Chromium sends under no-referrer
    assert client.post("/try", data={"text": HARBOUR}, headers=own_form).status_code == 200
    assert client.post("/api/extract", json={"text": HARBOUR}).status_code == 200
    assert client.get("/", headers={"origin": "https://evil.example"}).status_code == 200  # reads are safe


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


def test_an_extraction_past_the_budget_stops_and_frees_the_extractor() -> None:
    extractor = Extractor(budget=0.3)
    t0 = time.monotonic()
    with pytest.raises(TooLong):
        extractor.quotes(LONG)
    assert not extractor._turn.locked()  # stopped, not left running
    assert [q.speaker for q in extractor.quotes(HARBOUR)] == ["Yusuf Brennan"]
    assert time.monotonic() - t0 < 60


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


def test_weeks_are_bounded_whatever_the_dates() -> None:
    weeks = per_week([("1000-01-01", 1), ("9999-12-31T23:59:59", 2), ("0001-01-01", 1)])
    assert len(weeks) == MAX_WEEKS and weeks[-1] == (date(9999, 12, 27), 2)
    chart = weekly_chart([("1000-01-01", 1), ("9999-12-31", 2)], roles=[("mayor", "0001-01-01", "9999-12-31")])
    assert chart is not None and len(chart.bars) == MAX_WEEKS and chart.roles[0].width > 0


def test_a_speaker_quoted_in_the_years_1000_and_9999(tmp_path: Path) -> None:
    said = "The harbour will reopen next spring, harbour master Yusuf Brennan said on Monday."
    articles = [
        {"id": "old", "text": said, "outlet": "Chronicle", "published": "1000-01-01T00:00:00+05:00"},
        {"id": "new", "text": said.replace("next", "this"), "outlet": "Herald",
         "published": "9999-12-31T23:00:00-05:00"},
    ]  # fmt: skip
    db = tmp_path / "edges.db"
    with Corpus(str(db)) as corpus:
        corpus.ingest([write_jsonl(tmp_path, articles)])
    with TestClient(create_app(str(db)), raise_server_exceptions=False) as c:
        found = c.get("/api/speakers", params={"name": "Brennan"}).json()["items"]
        speaker = found[0]["id"]
        r = c.get(f"/api/speakers/{speaker}")
        assert r.status_code == 200 and len(r.json()["weeks"]) <= MAX_WEEKS and len(r.content) < 100_000
        assert c.get(f"/speakers/{speaker}").status_code == 200
        dates = sorted(a["published_at"] for a in c.get("/api/articles").json()["items"])
        assert dates == ["0999-12-31T19:00:00", "9999-12-31T23:59:59"]
