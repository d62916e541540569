"""``quotegraph serve``: loopback by default, and with ``--workers N`` every worker process serves
with the settings given on the command line, none of them learning them from its environment."""

from __future__ import annotations

import argparse
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotegraph.cli.web import register
from tests.serving import serving, status

TOKEN = "s3cret-for-workers"
MAX_BODY = 2048


def _children(pid: int) -> list[int]:
    """Every live process whose parent is ``pid``."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.fixture(scope="module")
def workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``serve --workers 2`` with a token and a body limit, started with no QUOTEGRAPH_ variable."""
    db = tmp_path_factory.mktemp("workers") / "corpus.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUOTEGRAPH_")}
    args = ["--db", str(db), "--workers", "2", "--token", TOKEN, "--max-body", str(MAX_BODY)]
    with serving(args, env) as started:
        yield started


@pytest.mark.slow
def test_every_worker_serves_with_the_command_line_settings(workers: tuple[str, subprocess.Popen[bytes]]) -> None:
    base, _ = workers
    # Each request may land on either worker: asking several times reaches both.
    for _ in range(6):
        assert status(f"{base}/api/quotes") == 200
        assert status(f"{base}/api/quotes", host="rebound.example") == 400  # loopback names only
        assert status(f"{base}/api/articles", body=b"{}", token="wrong") == 401  # a token is set
        big = b'{"text": "' + b"x" * MAX_BODY + b'"}'
        assert status(f"{base}/api/articles", body=big, token=TOKEN) == 413  # --max-body


@pytest.mark.slow
def test_no_worker_learns_its_settings_from_the_environment(workers: tuple[str, subprocess.Popen[bytes]]) -> None:
    _, proc = workers
    spawned = _children(proc.pid)
    assert spawned, "serve --workers 2 started no worker process"
    for pid in spawned:
        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        leaked = [v.split(b"=", 1)[0].decode() for v in environ if v.startswith(b"QUOTEGRAPH_")]
        assert leaked == [], pid


def test_serve_command_defaults_to_loopback() -> None:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["serve"])
    assert (args.host, args.port, args.token) == ("127.0.0.1", 8000, None)
    args = parser.parse_args(["serve", "--db", "x.db", "--port", "9000", "--token", "t", "--max-body", "100"])
    assert (args.db, args.port, args.token, args.max_body) == ("x.db", 9000, "t", 100)
