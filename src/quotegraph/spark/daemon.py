"""Spark's Python daemon with quotegraph's spaCy pipeline loaded before it forks its workers.

Spark starts each executor's Python workers by forking this daemon (``spark.python.daemon.module``,
set by ``session.get_spark``): every worker then starts with the model in memory, shared
copy-on-write, as ``quotegraph extract -j N`` shares it with its forked workers, instead of each
worker loading it on its first task; the modules an Arrow task imports are loaded there too.

A local session does better still (``start_warm``): the driver starts a process of its own that
loads the pipeline while the JVM starts and the job is planned (some 2.5 seconds otherwise spent
after the first task is scheduled). Each time the JVM then launches this module, the launched
process hands its standard streams, environment, folder and arguments to that loaded process (a
Unix socket, ``SCM_RIGHTS``), which forks Spark's daemon from itself; the launched process only
stays alive until that daemon ends, passing on Spark's ``SIGTERM``. Where there is no loaded process
to hand over to (a cluster's executors), or it started with another hash seed or BLAS threads than
Spark gives its daemons, the launched process loads the pipeline itself, as before.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from quotegraph import settings

WARM_ENV = "QUOTEGRAPH_SPARK_DAEMON"
"""The Python workers' variable naming the socket of the loaded daemon (set on the Spark context)."""
STARTUP_ENV = {"PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1", "PYTHONUNBUFFERED": "YES"}
"""Variables a Python process reads as it starts, as Spark gives them to a local executor's daemon
(hash seed 0, one thread per task): the loaded daemon starts with them, and is used only if Spark's
are the same."""
_LENGTH = struct.Struct(">I")


def preload() -> None:
    """What every task needs, loaded once: the pipeline (``QUOTEGRAPH_NER`` as the environment
    sets it) and the modules of an Arrow task."""
    import pandas  # noqa: F401
    import pyspark.sql.pandas.serializers  # noqa: F401
    import pyspark.worker  # noqa: F401

    import quotegraph.spark.batches  # noqa: F401
    from quotegraph.extract import extract

    extract('"Ready," she said.')


@dataclass
class WarmDaemon:
    """The process a local session's daemons fork from (``start_warm``)."""

    path: str
    """Its socket, in a folder of its own that only this user can enter."""
    process: subprocess.Popen[bytes]

    def end(self) -> None:
        """Tell it this driver is done: it exits (the daemons it forked carry on until the JVM
        ends them)."""
        if self.process.stdin is not None:
            self.process.stdin.close()
        Path(self.path).unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            os.rmdir(os.path.dirname(self.path))


def start_warm() -> WarmDaemon:
    """Start a process that loads the pipeline now and forks a daemon for each process Spark
    launches (it ends when this process does). Its socket listens before this returns."""
    path = os.path.join(tempfile.mkdtemp(prefix="quotegraph-daemon-"), "daemon.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(path)
        listener.listen(8)
        environ = settings.env()
        child = subprocess.Popen(
            [sys.executable, "-m", __name__, "--warm", str(listener.fileno())],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            pass_fds=[listener.fileno()],
            env={**environ, **STARTUP_ENV, "PYTHONHASHSEED": environ.get("PYTHONHASHSEED", "0")},
        )
    return WarmDaemon(path, child)


def serve(listening: int) -> None:
    """The loaded process: load, then fork a daemon for each process that hands over Spark's
    streams, until the driver ends (its stdin closes)."""
    listener = socket.socket(fileno=listening)
    preload()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the daemons it forks need no waiting for
    while True:
        ready, _, _ = select.select([listener, sys.stdin], [], [])
        if sys.stdin in ready and not os.read(sys.stdin.fileno(), 4096):
            return
        if listener in ready:
            conn, _ = listener.accept()
            with conn:
                _fork_daemon(listener, conn)


def _fork_daemon(listener: socket.socket, conn: socket.socket) -> None:
    """Spark's daemon, forked with the streams, environment, folder and arguments the process
    Spark launched hands over; refused (the connection closes) if Spark's startup variables differ
    from this process's."""
    try:
        _, fds, _, _ = socket.recv_fds(conn, 1, 3)
        given = json.loads(_receive(conn))
    except (OSError, ValueError):
        return
    spark_env = given["env"]
    usable = len(fds) == 3 and all(spark_env.get(k) == settings.env().get(k) for k in STARTUP_ENV)
    if usable and os.fork() == 0:
        code = 1
        try:
            listener.close()
            for target, fd in enumerate(fds):
                os.dup2(fd, target)
                os.close(fd)
            os.chdir(given["cwd"])
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            # Spark's daemon and workers read the variables Spark launched the daemon with (its
            # secret, buffer size, folders): this process takes them on, as if Spark had started it.
            os.environ.clear()
            os.environ.update(spark_env)
            sys.argv = given["argv"]
            conn.sendall(_LENGTH.pack(os.getpid()))  # ``conn`` stays open until this daemon ends:
            # the launched process waits on it
            from pyspark import daemon

            daemon.manager()
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
        finally:
            os._exit(code)
    for fd in fds:
        os.close(fd)


def hand_over(path: str) -> None:
    """In the process Spark launched: give the loaded daemon this process's streams and wait for
    it to end (Spark's ``SIGTERM`` passed on). Returns at once if there is none to take them."""
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(path)
        given = {"env": dict(settings.env()), "cwd": os.getcwd(), "argv": sys.argv}
        socket.send_fds(conn, [b"\0"], [0, 1, 2])
        _send(conn, json.dumps(given).encode())
        pid = _LENGTH.unpack(_read(conn, _LENGTH.size))[0]
    except OSError:
        conn.close()
        return
    signal.signal(signal.SIGTERM, lambda *_: _signal(pid, signal.SIGTERM))
    while conn.recv(1):
        pass
    sys.exit(0)


def _signal(pid: int, number: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, number)


def _send(conn: socket.socket, data: bytes) -> None:
    conn.sendall(_LENGTH.pack(len(data)) + data)


def _receive(conn: socket.socket) -> bytes:
    return _read(conn, _LENGTH.unpack(_read(conn, _LENGTH.size))[0])


def _read(conn: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise ConnectionError("the other end closed")
        data += chunk
    return data


if __name__ == "__main__":
    if sys.argv[1:2] == ["--warm"]:
        serve(int(sys.argv[2]))
        sys.exit(0)
    warm = settings.spark_daemon()
    if warm:
        hand_over(warm)
    preload()
    from pyspark import daemon

    daemon.manager()
