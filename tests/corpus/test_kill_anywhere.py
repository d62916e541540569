"""SIGKILL at any moment (several times in one ingest, during resolve, while a new store's schema is
made), then run again: the store equals a clean run's, every table compared."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from quotegraph.corpus import Corpus
from quotegraph.store import open_store
from tests.corpus.corpus_articles import dump, many_articles
from tests.corpus.test_kill_resume import articles_in

TOTAL = 60


def _killed_at(cmd: list[str], delay: float) -> int:
    """Run ``cmd`` and SIGKILL it after ``delay`` seconds (if still running); its return code."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    return proc.returncode


def _run_time(cmd: list[str]) -> float:
    t0 = time.monotonic()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - t0


def test_ingest_killed_three_times_then_resumed(tmp_path: Path, db_pair: tuple[str, str]) -> None:
    url, clean_url = db_pair
    feed = many_articles(tmp_path / "feed.jsonl", TOTAL)
    cmd = [sys.executable, "-m", "quotegraph", "ingest", str(feed), "--db", url,
           "--batch-size", "2", "--no-progress"]  # fmt: skip
    seen = []
    for wanted in (4, 10, 20):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while articles_in(url) < wanted and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        seen.append(articles_in(url))
    assert seen == sorted(seen) and seen[-1] < TOTAL, seen
    with Corpus(url) as corpus:
        corpus.ingest([feed])
        resumed = dump(corpus.store)
    with Corpus(clean_url) as corpus:
        corpus.ingest([feed])
        clean = dump(corpus.store)
    assert resumed["speaker_outlets"] and resumed["speaker_top_quotes"]
    assert resumed == clean


def test_resolve_killed_then_run_again(tmp_path: Path, db_pair: tuple[str, str]) -> None:
    url, clean_url = db_pair
    feed = many_articles(tmp_path / "feed.jsonl", TOTAL)
    for target in (url, clean_url):
        with Corpus(target) as corpus:
            corpus.ingest([feed], resolve=False)
    cmd = [sys.executable, "-m", "quotegraph", "resolve", "--db", url]
    whole = _run_time([sys.executable, "-m", "quotegraph", "resolve", "--db", clean_url])
    with Corpus(clean_url) as corpus:
        clean = dump(corpus.store)
    with Corpus(url) as corpus:  # the same store before any resolve, to start each kill from
        unresolved = dump(corpus.store)
    # Kills at several moments of a run; a machine busier than at the timing run needs earlier ones.
    killed = [_killed_at(cmd, whole * f) for f in (0.95, 0.85, 0.75, 0.6, 0.45, 0.3, 0.2)]
    assert -signal.SIGKILL in killed
    with Corpus(url) as corpus:
        assert dump(corpus.store)["articles"] == unresolved["articles"]
        corpus.resolve()
        assert dump(corpus.store) == clean


def test_schema_creation_killed_then_opened_again(tmp_path: Path) -> None:
    code = "import sys; from quotegraph.store import open_store; open_store(sys.argv[1]).close()"
    whole = _run_time([sys.executable, "-c", code, str(tmp_path / "timing.db")])
    with open_store(str(tmp_path / "clean.db")) as store:
        clean = store.query("SELECT type, name, sql FROM sqlite_master ORDER BY name")
    for n, fraction in enumerate((0.8, 0.9, 0.95, 0.98, 1.0)):
        db = tmp_path / f"killed{n}.db"
        _killed_at([sys.executable, "-c", code, str(db)], whole * fraction)
        with open_store(str(db)) as store:
            assert store.query("SELECT type, name, sql FROM sqlite_master ORDER BY name") == clean
            assert store.schema_version() == max(v for (v,) in store.query("SELECT version FROM schema_version"))
