"""Where the seconds of one ``quotegraph spark extract --master local[N]`` go: wall time and CPU
seconds by kind of process (driver, JVM, Python daemon and workers) between the moments that mark
its phases.

    .venv/bin/python benchmarks/spark_phases.py /work/shared/bench/polnear.train.jsonl

The command runs as a user types it, with Spark's event log on (``PYSPARK_SUBMIT_ARGS``, into a
temporary folder) for the moments inside the JVM: the SparkContext up, the first job submitted,
the extraction stage's first task started and last one ended (the stage with the most task time),
the last job ended. Every process of the command is sampled from ``/proc`` every 50 ms for its CPU
seconds, so a phase's CPU is the growth between its two moments (to within a sample).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def kind(cmdline: str) -> str:
    if "java" in cmdline or "spark-class" in cmdline or "spark-submit" in cmdline:
        return "JVM"
    if "quotegraph.spark.daemon" in cmdline:
        return "Python daemon and workers"
    return "driver"


def sample(session: int) -> dict[int, tuple[str, float]]:
    """(kind, CPU seconds) of every live process of the session."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            raw = (entry / "stat").read_text(errors="replace")
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = raw[raw.rindex(")") + 2 :].split()
        if int(fields[3]) == session:
            found[int(entry.name)] = (kind(cmdline), (int(fields[11]) + int(fields[12])) / TICK)
    return found


def moments(events_dir: Path) -> dict[str, float]:
    """Epoch seconds of the JVM's moments, from the event log."""
    logs = [f for f in events_dir.rglob("events_*") if f.is_file()]  # not the checksums beside them
    events = [json.loads(line) for f in logs for line in f.open(encoding="utf-8")]
    jobs = [e["Submission Time"] for e in events if e["Event"] == "SparkListenerJobStart"]
    ends = [e["Completion Time"] for e in events if e["Event"] == "SparkListenerJobEnd"]
    tasks: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for e in events:
        if e["Event"] == "SparkListenerTaskEnd":
            tasks[e["Stage ID"]].append((e["Task Info"]["Launch Time"], e["Task Info"]["Finish Time"]))
    busiest = max(tasks.values(), key=lambda ts: sum(b - a for a, b in ts))
    app = next(e["Timestamp"] for e in events if e["Event"] == "SparkListenerApplicationStart")
    return {
        "SparkContext up": app / 1000,
        "first job submitted": min(jobs) / 1000,
        "first extraction task starts": min(a for a, _ in busiest) / 1000,
        "last extraction task ends": max(b for _, b in busiest) / 1000,
        "last job ends": max(ends) / 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--cores", type=int, default=2)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="qg-phases-"))
    (work / "events").mkdir()
    exe = os.path.join(os.path.dirname(sys.executable), "quotegraph")
    master = f"local[{args.cores}]"
    argv = [exe, "spark", "extract", "--master", master, *args.inputs, "--out", str(work / "out")]
    confs = ("enabled=true", "compress=false", f"dir=file:{work}/events")
    log = " ".join(f"--conf spark.eventLog.{c}" for c in confs)
    env = {**os.environ, "PYSPARK_SUBMIT_ARGS": f"{log} pyspark-shell"}
    timeline: list[tuple[float, dict[int, tuple[str, float]]]] = []
    start = time.time()
    child = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True
    )
    jvm_seen = None
    while child.poll() is None:
        now, procs = time.time(), sample(child.pid)
        if jvm_seen is None and any(k == "JVM" for k, _ in procs.values()):
            jvm_seen = now
        timeline.append((now, procs))
        time.sleep(0.05)
    end = time.time()
    out = child.stdout.read().decode() if child.stdout else ""
    if child.returncode != 0:
        print(f"failed (exit {child.returncode})")
        return 1

    marks = {"command starts": start, "JVM launched": jvm_seen or start, **moments(work / "events")}
    marks["command ends"] = end
    order = sorted(marks.items(), key=lambda kv: kv[1])
    last: dict[int, tuple[str, float]] = {}
    kinds_of: dict[int, str] = {}  # as first seen: a process that has ended shows no command line
    cpu_at: list[tuple[float, dict[str, float]]] = []
    for now, procs in timeline:  # CPU of processes that ended stays counted at their last sample
        for pid, (k, seconds) in procs.items():
            last[pid] = (kinds_of.setdefault(pid, k), seconds)
        totals: dict[str, float] = defaultdict(float)
        for k, seconds in last.values():
            totals[k] += seconds
        cpu_at.append((now, dict(totals)))

    def cpu(t: float) -> dict[str, float]:
        before = [c for now, c in cpu_at if now <= t]
        return before[-1] if before else {}

    kinds = ["driver", "JVM", "Python daemon and workers"]
    print(f"{' '.join(argv[1:])}  (load average {os.getloadavg()[0]:.1f} at the end)")
    print(f"{'phase':<62} {'wall s':>7} " + " ".join(f"{k:>26}" for k in kinds))
    for (a_name, a), (b_name, b) in zip(order, order[1:], strict=False):
        ca, cb = cpu(a), cpu(b)
        cells = " ".join(f"{cb.get(k, 0.0) - ca.get(k, 0.0):26.2f}" for k in kinds)
        print(f"{a_name + ' -> ' + b_name:<62} {b - a:7.2f} {cells}")
    total = cpu(end)
    cells = " ".join(f"{total.get(k, 0.0):26.2f}" for k in kinds)
    print(f"{'whole command':<62} {end - start:7.2f} {cells}")
    print(out.strip())
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
