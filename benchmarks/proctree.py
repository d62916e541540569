"""Run a command and watch its whole process tree (the JVM, Spark's Python daemon and workers, a
process pool): wall time, CPU seconds and peak resident memory, sampled from ``/proc`` (Linux).

Every process the command starts stays in its session (``start_new_session``), so the tree is the
session: processes are found by session id, each sampled until it ends.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field

TICK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Usage:
    seconds: float = 0.0
    cpu: float = 0.0
    """user + system CPU seconds of every process of the tree (as last sampled before it ended)."""
    peak_rss: dict[str, int] = field(default_factory=dict)
    """Largest resident set seen, by kind of process (``java``, ``python``), in bytes."""
    cpu_by_kind: dict[str, float] = field(default_factory=dict)
    peak_total: int = 0
    """Largest sum of resident sets at one sample (pages shared by forked workers counted in each)."""
    peak_pss: int = 0
    """Largest sum of proportional set sizes at one sample: shared pages split among their sharers,
    so this is the memory the tree really holds."""
    peak_pss_below: int = 0
    """The same without the command's own process: for ``spark --master local[N]``, the executor
    (the JVM, its Python daemons and workers) without the driver's Python."""
    returncode: int = 0
    stdout: str = ""


def _stat(pid: str) -> tuple[int, float, int, str] | None:
    """(session id, CPU seconds, resident bytes, command name) of a process, None if gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            raw = f.read()
    except OSError:
        return None
    name = raw[raw.index("(") + 1 : raw.rindex(")")]
    fields = raw[raw.rindex(")") + 2 :].split()
    # fields[0] is the state (field 3 of proc(5)): session is field 6, utime 14, stime 15, rss 24.
    return int(fields[3]), (int(fields[11]) + int(fields[12])) / TICK, int(fields[21]) * PAGE, name


def _pss(pid: str) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run(
    argv: list[str], timeout: float = 1800, every: float = 0.2, env: dict[str, str] | None = None
) -> Usage:
    usage = Usage()
    start = time.perf_counter()
    out = tempfile.TemporaryFile("w+")  # noqa: SIM115 (a file, not a pipe: a chatty command never blocks)
    child = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, start_new_session=True, env=env)
    cpu: dict[str, tuple[str, float]] = {}
    try:
        while child.poll() is None:
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"{argv[0]}: no result after {timeout:.0f} s")
            total = pss = own = 0
            for pid in filter(str.isdigit, os.listdir("/proc")):
                st = _stat(pid)
                if st is None or st[0] != child.pid:
                    continue
                _, seconds, rss, name = st
                kind = "java" if "java" in name else "python" if "python" in name else name
                cpu[pid] = kind, seconds
                usage.peak_rss[kind] = max(usage.peak_rss.get(kind, 0), rss)
                total += rss
                share = _pss(pid)
                pss += share
                own += share if int(pid) == child.pid else 0
            usage.peak_total = max(usage.peak_total, total)
            usage.peak_pss = max(usage.peak_pss, pss)
            usage.peak_pss_below = max(usage.peak_pss_below, pss - own)
            time.sleep(every)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)  # anything the command left behind
    usage.returncode = child.wait()
    out.seek(0)
    usage.stdout = out.read()
    out.close()
    usage.seconds = time.perf_counter() - start
    usage.cpu = sum(seconds for _, seconds in cpu.values())
    for kind, seconds in cpu.values():
        usage.cpu_by_kind[kind] = usage.cpu_by_kind.get(kind, 0.0) + seconds
    return usage
