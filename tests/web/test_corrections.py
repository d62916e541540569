"""Corrections through the API and the pages' forms, on a private copy of the web corpus."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quotegraph.store.corrections import new_speaker_id
from quotegraph.web import create_app
from tests.web.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def writer(db_copy: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(db_copy), token=TOKEN, token_name="night desk")) as c:
        yield c


def test_api_needs_the_token_and_says_what_is_wrong(writer: TestClient, ids: dict[str, str]) -> None:
    body = {"op": "reject", "why": "a headline", "quotes": [ids["quote"]]}
    assert writer.post("/api/corrections", json=body).status_code == 401
    bad = writer.post("/api/corrections", json={**body, "quotes": ["nope"]}, headers=AUTH)
    assert bad.status_code == 422 and "no quote 'nope'" in bad.json()["message"]
    assert "/api/corrections" in writer.get("/api/openapi.json").json()["paths"]


def test_reject_through_the_api_hides_the_quote_and_shows_why(
    writer: TestClient, ids: dict[str, str]
) -> None:
    before = writer.get("/api/search", params={"q": "islanders deserve"}).json()["total"]
    r = writer.post("/api/corrections", json={"op": "reject", "why": "a headline", "quotes": [ids["quote"]]},
                    headers=AUTH)  # fmt: skip
    assert r.status_code == 201 and r.json()["author"] == "night desk"
    assert writer.get("/api/search", params={"q": "islanders deserve"}).json()["total"] == before - 1
    detail = writer.get(f"/api/quotes/{ids['quote']}").json()
    assert detail["hidden"] and detail["corrections"][0]["why"] == "a headline"
    html = writer.get(f"/quotes/{ids['quote']}").text
    assert "not a quote" in html and "a headline" in html and "by night desk" in html
    article = writer.get(f"/articles/{ids['article']}").text
    assert f'id="{"q-" + ids["quote"].rsplit("-", 1)[1]}"' not in article  # hidden from the text's marks
    assert "marked 1 quote as not a quote</b> &mdash; a headline" in article


def test_reassign_through_the_form_then_resolve_keeps_it(
    writer: TestClient, db_copy: Path, ids: dict[str, str]
) -> None:
    form = {"op": "reassign", "why": "the aide said it", "quote": ids["quote"], "target_name": "Ines Aide",
            "token": TOKEN, "back": f"/quotes/{ids['quote']}"}  # fmt: skip
    assert writer.post("/corrections", data={**form, "token": "wrong"}).status_code == 401
    r = writer.post("/corrections", data=form, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/quotes/{ids['quote']}"
    new = new_speaker_id("Ines Aide")
    assert writer.get(f"/api/quotes/{ids['quote']}").json()["quote"]["speaker_id"] == new
    subprocess.run([sys.executable, "-m", "quotegraph", "resolve", "--db", str(db_copy)], check=True,
                   capture_output=True)  # fmt: skip
    assert writer.get(f"/api/quotes/{ids['quote']}").json()["quote"]["speaker_id"] == new
    speaker = writer.get(f"/speakers/{new}").text
    assert "<h1>Ines Aide</h1>" in speaker and "the aide said it" in speaker
    old = writer.get(f"/api/speakers/{ids['marchetti']}").json()
    assert any(c["op"] == "reassign" for c in old["corrections"])


def test_export_and_apply_from_the_command_line(writer: TestClient, db_copy: Path, corpus_db: Path,
                                                tmp_path: Path, ids: dict[str, str]) -> None:  # fmt: skip
    writer.post(
        "/api/corrections", json={"op": "reject", "why": "a headline", "quotes": [ids["quote"]]}, headers=AUTH
    )
    out = tmp_path / "corrections.jsonl"
    cli = [sys.executable, "-m", "quotegraph"]
    subprocess.run([*cli, "export", "--corrections", "-o", str(out), "--db", str(db_copy)], check=True,
                   capture_output=True)  # fmt: skip
    other = tmp_path / "other.db"
    other.write_bytes(corpus_db.read_bytes())
    done = subprocess.run(
        [*cli, "corrections", "apply", str(out), "--db", str(other)], capture_output=True, text=True
    )
    assert done.returncode == 0 and "applied 1 corrections" in done.stderr
    listed = subprocess.run([*cli, "corrections", "list", "--db", str(other)], capture_output=True, text=True)
    assert "marked 1 quote as not a quote\ta headline" in listed.stdout
    missing = subprocess.run([*cli, "corrections", "apply", str(tmp_path / "none.jsonl"), "--db", str(other)],
                             capture_output=True, text=True)  # fmt: skip
    assert missing.returncode == 1 and "no corrections applied" in missing.stderr
