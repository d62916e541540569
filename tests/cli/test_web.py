"""``quotegraph serve --workers N``: every worker process serves with the settings given on the
command line, and none of them learns them from its environment."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

TOKEN = "s3cret-for-workers"
MAX_BODY = 2048


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _status(url: str, *, host: str | None = None, body: bytes | None = None, token: str | None = None) -> int:
    headers = {"Content-Type": "application/json"}
    if host:
        headers["Host"] = host
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=body, headers=headers, method="POST" if body else "GET")
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return int(r.status)
    except urllib.error.HTTPError as e:
        return int(e.code)


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
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUOTEGRAPH_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotegraph", "serve", "--db", str(db), "--port", str(port), "--workers", "2",
         "--token", TOKEN, "--max-body", str(MAX_BODY)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                _status(f"{base}/api/quotes")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("serve --workers did not start") from None
                time.sleep(0.3)
        yield base, proc
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the supervisor and its workers
            proc.wait()


@pytest.mark.slow
def test_every_worker_serves_with_the_command_line_settings(workers: tuple[str, subprocess.Popen[bytes]]) -> None:
    base, _ = workers
    # Each request may land on either worker: asking several times reaches both.
    for _ in range(6):
        assert _status(f"{base}/api/quotes") == 200
        assert _status(f"{base}/api/quotes", host="rebound.example") == 400  # loopback names only
        assert _status(f"{base}/api/articles", body=b"{}", token="wrong") == 401  # a token is set
        big = b'{"text": "' + b"x" * MAX_BODY + b'"}'
        assert _status(f"{base}/api/articles", body=big, token=TOKEN) == 413  # --max-body


@pytest.mark.slow
def test_no_worker_learns_its_settings_from_the_environment(workers: tuple[str, subprocess.Popen[bytes]]) -> None:
    _, proc = workers
    spawned = _children(proc.pid)
    assert spawned, "serve --workers 2 started no worker process"
    for pid in spawned:
        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        leaked = [v.split(b"=", 1)[0].decode() for v in environ if v.startswith(b"QUOTEGRAPH_")]
        assert leaked == [], pid
