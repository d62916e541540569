"""A Spark standalone cluster on loopback for the tests: a master and workers started from the
installed pyspark (``spark-class``), on free ports, stopped (process group and all) afterwards."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def cluster_env(root: Path) -> dict[str, str]:
    """Everything on loopback; executors run this interpreter (quotegraph and spaCy installed)."""
    import pyspark

    return {
        **os.environ,
        "SPARK_HOME": str(Path(pyspark.__file__).parent),
        "SPARK_LOCAL_IP": HOST,
        "SPARK_LOG_DIR": str(root / "logs"),
        "PYSPARK_PYTHON": sys.executable,
        "PYSPARK_DRIVER_PYTHON": sys.executable,
    }


def _alive_workers(ui: int) -> int:
    with urllib.request.urlopen(f"http://{HOST}:{ui}/json/", timeout=5) as r:
        state = json.load(r)
    return sum(1 for w in state.get("workers", []) if w.get("state") == "ALIVE")


def _stop(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@contextlib.contextmanager
def standalone(root: Path, workers: int = 2, timeout: float = 180) -> Iterator[str]:
    """The master's URL, once ``workers`` workers (one core, 1 GB each) have registered."""
    import pyspark

    spark_class = str(Path(pyspark.__file__).parent / "bin" / "spark-class")
    env = cluster_env(root)
    (root / "logs").mkdir(parents=True, exist_ok=True)
    processes: list[subprocess.Popen[bytes]] = []

    def start(name: str, *argv: str) -> None:
        log = (root / "logs" / f"{name}.out").open("wb")
        processes.append(
            subprocess.Popen(
                [spark_class, *argv], env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        )

    port, ui = free_port(), free_port()
    try:
        start("master", "org.apache.spark.deploy.master.Master", "--host", HOST, "--port", str(port),
              "--webui-port", str(ui))  # fmt: skip
        for i in range(workers):
            start(f"worker{i}", "org.apache.spark.deploy.worker.Worker", f"spark://{HOST}:{port}",
                  "--host", HOST, "--port", str(free_port()), "--webui-port", str(free_port()),
                  "--cores", "1", "--memory", "1g", "--work-dir", str(root / f"work{i}"))  # fmt: skip
        deadline = time.monotonic() + timeout
        alive = 0
        while alive < workers:
            if time.monotonic() > deadline:
                logs = {p.name: p.read_text(errors="replace")[-2000:] for p in (root / "logs").glob("*.out")}
                raise TimeoutError(f"{alive} of {workers} workers registered after {timeout:.0f} s: {logs}")
            if any(p.poll() is not None for p in processes):
                raise RuntimeError(f"a cluster process ended; logs in {root / 'logs'}")
            with contextlib.suppress(OSError, ValueError):
                alive = _alive_workers(ui)
            time.sleep(1)
        yield f"spark://{HOST}:{port}"
    finally:
        for process in reversed(processes):
            _stop(process)
