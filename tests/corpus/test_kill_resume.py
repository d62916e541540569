"""A run killed with SIGKILL mid-batch and started again ends with exactly the store a clean run gives."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from quotegraph.corpus import Corpus
from tests.corpus.corpus_articles import dump, many_articles

TOTAL = 200


def articles_in(url: str) -> int:
    """Committed articles, read from outside the running process; 0 before the schema exists."""
    try:
        if url.startswith("postgresql://"):
            with psycopg.connect(url) as conn:
                row = conn.execute("SELECT count(*) FROM articles").fetchone()
        else:
            with sqlite3.connect(url) as conn:
                row = conn.execute("SELECT count(*) FROM articles").fetchone()
    except (sqlite3.OperationalError, psycopg.Error):
        return 0
    return int(row[0]) if row else 0


def start_and_kill(feed: Path, url: str) -> int:
    """Start ``quotegraph ingest`` in a subprocess and SIGKILL it once some batches are committed."""
    cmd = [sys.executable, "-m", "quotegraph", "ingest", str(feed), "--db", url,
           "--batch-size", "2", "--no-progress"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while articles_in(url) < 6:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "ingest exited"
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.01)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return articles_in(url)


@pytest.mark.slow
def test_killed_run_resumed_equals_clean_run(tmp_path: Path, db_pair: tuple[str, str]) -> None:
    url, clean_url = db_pair
    feed = many_articles(tmp_path / "feed.jsonl", TOTAL)

    committed = start_and_kill(feed, url)
    assert 6 <= committed < TOTAL, "the kill should land mid-run"

    with Corpus(url) as corpus:
        resumed = corpus.ingest([feed])
        assert resumed.known == committed
        assert resumed.articles == TOTAL - committed
        after_resume = dump(corpus.store)
    with Corpus(clean_url) as corpus:
        corpus.ingest([feed])
        clean = dump(corpus.store)

    assert len(clean["articles"]) == TOTAL
    assert len(clean["clusters"]) > 0
    assert after_resume == clean
