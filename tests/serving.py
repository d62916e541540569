"""``quotegraph serve`` started as a user starts it, for the tests that talk to it over HTTP."""

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
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def status(url: str, *, host: str | None = None, body: bytes | None = None, token: str | None = None) -> int:
    """The HTTP status of a GET (or, with a body, a JSON POST) to ``url``."""
    headers = {"Content-Type": "application/json"} if body else {}
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


@contextmanager
def serving(args: list[str], env: dict[str, str], timeout: float = 90) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """The base URL and process of ``quotegraph serve ARGS`` on a free loopback port, once it
    answers; stopped with SIGINT (its whole process group killed if it does not stop)."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotegraph", "serve", *args, "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                status(f"{base}/api/openapi.json")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("quotegraph serve did not start") from None
                time.sleep(0.2)
        yield base, proc
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
