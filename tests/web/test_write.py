"""Extraction as the server runs it: one at a time, each within its budget, and the writes it offers."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quotegraph.web import create_app
from quotegraph.web.write import Extractor, TooLong
from tests.web.conftest import TOKEN

HARBOUR = "The pier will stay closed all summer, harbour master Yusuf Brennan said on Monday."
STORY = (  # the story test_api extracts
    "The harbour master closed the north pier on Thursday after a storm damaged the railings.\n\n"
    '"Nobody should walk on that pier until the engineers have checked every post," said Yusuf Brennan, '
    "the harbour master."
)
LONG = "he said " * 30000  # 240 KB, near the largest body the server takes: ten seconds or more


def test_an_extraction_past_the_budget_stops_and_frees_the_extractor() -> None:
    extractor = Extractor(budget=0.3)
    t0 = time.monotonic()
    with pytest.raises(TooLong):
        extractor.quotes(LONG)
    assert not extractor._turn.locked()  # stopped, not left running
    assert [q.speaker for q in extractor.quotes(HARBOUR)] == ["Yusuf Brennan"]
    assert time.monotonic() - t0 < 60


def test_try_it_stores_nothing_unless_asked(db_copy: Path) -> None:
    with TestClient(create_app(str(db_copy), token=TOKEN)) as c:
        count = len(c.get("/api/articles", params={"per_page": 100}).json()["items"])
        r = c.post("/try", data={"text": STORY})
        assert r.status_code == 200 and "1 quote found" in r.text and 'class="q s0"' in r.text
        assert len(c.get("/api/articles", params={"per_page": 100}).json()["items"]) == count
        r = c.post("/try", data={"text": STORY, "save": "1", "token": "wrong"})
        assert r.status_code == 401
        r = c.post("/try", data={"text": STORY, "save": "1", "token": TOKEN, "title": "Pier"},
                   follow_redirects=False)  # fmt: skip
        assert r.status_code == 303 and r.headers["location"].startswith("/articles/")
        assert len(c.get("/api/articles", params={"per_page": 100}).json()["items"]) == count + 1
        assert c.post("/try", data={"text": "  "}).status_code == 422
