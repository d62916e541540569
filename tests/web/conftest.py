"""A small corpus built once per session through the real ingest (spaCy extraction, resolve), plus
records whose every web-facing field carries a script payload, and the app over it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from quotegraph.corpus import Corpus
from quotegraph.model import Article, Quote
from quotegraph.web import create_app
from tests.web.articles import ALL_PAYLOADS, ARTICLES, HOSTILE, write_jsonl

TOKEN = "test-token-1234"
HOSTILE_SPEAKER = "sp-hostile"
HOSTILE_KEY = "hostile0000000000000000000000000"


def add_hostile_records(corpus: Corpus) -> None:
    """An article and speaker written straight into the store with payloads in every field."""
    store = corpus.store
    text = f"Before. {ALL_PAYLOADS} said someone. After."
    start = text.index(ALL_PAYLOADS)
    quote = Quote(
        start=start, end=start + len(ALL_PAYLOADS), text=ALL_PAYLOADS, type="direct",
        speaker=f"Name {ALL_PAYLOADS}", speaker_mention=ALL_PAYLOADS, role=f"role {ALL_PAYLOADS}",
        cue=f"cue {ALL_PAYLOADS}", addressee=f"to {ALL_PAYLOADS}", target=f"about {ALL_PAYLOADS}", confidence=0.5,
    )  # fmt: skip
    article = Article(
        id="hostile-direct", text=text, url="javascript:window.__xss=8", outlet=f"Outlet {ALL_PAYLOADS}",
        published="2025-05-22", title=f"Direct {ALL_PAYLOADS}",
    )  # fmt: skip
    with store.transaction():
        store.add_article(HOSTILE_KEY, article, [quote], "test", "2025-05-22T00:00:00")
        store.execute(
            "INSERT INTO speakers (id, name, n_quotes, n_articles, n_quotes_all, n_articles_all)"
            " VALUES (?, ?, 1, 1, 1, 1)",
            [HOSTILE_SPEAKER, f"Speaker {ALL_PAYLOADS}"],
        )
        store.execute("INSERT INTO speaker_aliases (speaker_id, alias, n, reason) VALUES (?, ?, 1, ?)",
                      [HOSTILE_SPEAKER, f"Alias {ALL_PAYLOADS}", f"reason {ALL_PAYLOADS}"])  # fmt: skip
        store.execute("INSERT INTO speaker_roles (speaker_id, role, first_seen, last_seen, n)"
                      " VALUES (?, ?, '2025-05-22', '2025-05-22', 1)",
                      [HOSTILE_SPEAKER, f"Role {ALL_PAYLOADS}"])  # fmt: skip
        store.execute(
            "UPDATE quotes SET speaker_id = ? WHERE article_key = ?", [HOSTILE_SPEAKER, HOSTILE_KEY]
        )


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web-corpus")
    db = folder / "corpus.db"
    with Corpus(str(db)) as corpus:
        corpus.ingest([write_jsonl(folder, [*ARTICLES, HOSTILE])])
        add_hostile_records(corpus)
    return db


@pytest.fixture
def db_copy(corpus_db: Path, tmp_path: Path) -> Path:
    """A private copy of the corpus for tests that write."""
    target = tmp_path / "copy.db"
    shutil.copy(corpus_db, target)
    return target


@pytest.fixture(scope="session")
def client(corpus_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(corpus_db), token=TOKEN), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def ids(client: TestClient) -> dict[str, str]:
    """Ids to visit: Marchetti, her statement reported three times, and the articles it came from."""
    speakers = client.get("/api/speakers", params={"name": "Marchetti"}).json()["items"]
    marchetti = speakers[0]["id"]
    hits = client.get("/api/search", params={"q": "islanders deserve"}).json()["items"]
    clustered = next(h for h in hits if h["cluster_id"] and h["outlet"] == "Valley Courier")
    hostile = client.get("/api/search", params={"q": "shown not run"}).json()["items"][0]
    return {
        "marchetti": marchetti,
        "quote": clustered["id"],
        "article": clustered["article_key"],
        "hostile_article": hostile["article_key"],
        "hostile_quote": hostile["id"],
        "hostile_speaker": HOSTILE_SPEAKER,
        "hostile_direct_article": HOSTILE_KEY,
        "hostile_direct_quote": f"{HOSTILE_KEY}-0",
    }


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless (never a downloaded browser), for a module's browser tests."""
    from tests.web.browser import ARGS, CHROMIUM

    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(corpus_db: Path) -> Iterator[str]:
    """The app over the session's corpus, with the write token, served for a module's browser tests."""
    from tests.web.browser import serve

    with serve(create_app(str(corpus_db), token=TOKEN)) as url:
        yield url
