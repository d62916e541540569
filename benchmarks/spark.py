"""Articles per second: single-process CLI, multi-process CLI (2 workers) and Spark local[2], same input.

    .venv/bin/python benchmarks/spark.py ../shared/bench/polnear.dev.jsonl

All three run on the same machine and the same two cores. "cold" includes loading the spaCy model in
each worker; "warm" runs again with the model already loaded (Spark reuses its Python workers).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable


def timed(label: str, run: Callable[[], int], n_input: int) -> float:
    start = time.perf_counter()
    done = run()
    seconds = time.perf_counter() - start
    rate = n_input / seconds
    print(f"{label:<34} {seconds:8.1f} s  {rate:7.2f} articles/s  ({done} articles extracted)", flush=True)
    return rate


def _extract_chunk(chunk: list[tuple[str, str]]) -> int:
    from quotegraph.extract import extract_many
    from quotegraph.model import Article

    return sum(1 for r in extract_many([Article(i, t) for i, t in chunk]) if r.error is None)


def pool(path: str, processes: int, chunk: int = 8) -> Callable[[], int]:
    """The multi-process CLI's work split by hand: forked workers (model inherited, as spaCy's own
    multi-processing does on Linux), chunks of ``chunk`` articles handed out in order."""

    def run() -> int:
        import json
        import multiprocessing

        with open(path, encoding="utf-8") as f:
            items = [(str(d.get("id")), d["text"]) for d in map(json.loads, filter(str.strip, f))]
        chunks = [items[i : i + chunk] for i in range(0, len(items), chunk)]
        with multiprocessing.get_context("fork").Pool(processes) as workers:
            return sum(workers.map(_extract_chunk, chunks, chunksize=1))

    return run


def cli_multi(path: str, processes: int, n: int) -> float | None:
    """``quotegraph extract -j N`` as a user runs it (cold: interpreter and model load included), in a
    child process so that a failure or a hang cannot stop the other measurements."""
    import signal
    import subprocess

    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "quotegraph", "extract", "-j", str(processes), path],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its worker processes can be ended with it
    )
    try:
        _, err = child.communicate(timeout=150)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        print(f"CLI, -j {processes} (subprocess, cold): no result after 150 s, stopped")
        return None
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)  # workers left behind by a failed run
    seconds = time.perf_counter() - start
    if child.returncode != 0:
        last = (err.strip().splitlines() or ["?"])[-1]
        print(f"CLI, -j {processes} (subprocess, cold): failed after {seconds:.1f} s: {last}")
        return None
    print(f"{f'CLI, -j {processes} (subprocess, cold)':<34} {seconds:8.1f} s  {n / seconds:7.2f} articles/s")
    return n / seconds


def copies(path: str, repeat: int, work: str) -> str:
    """``path`` itself, or a file holding each article ``repeat`` times, copies made distinct."""
    if repeat <= 1:
        return path
    import json

    target = os.path.join(work, "input.jsonl")
    with open(path, encoding="utf-8") as f, open(target, "w", encoding="utf-8") as out:
        records = [json.loads(line) for line in f if line.strip()]
        for k in range(repeat):
            for d in records:
                copy = dict(
                    d, id=f"{d.get('id')}#{k}", text=d["text"] + ("" if k == 0 else f"\n\n(Copy {k}.)")
                )
                out.write(json.dumps(copy, ensure_ascii=False) + "\n")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("jsonl", help="articles, one JSON object per line")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument(
        "--repeat", type=int, default=1, help="use each article N times, each copy made distinct by a marker"
    )
    args = parser.parse_args()

    from quotegraph.cli.extract import inputs_of
    from quotegraph.cli.extract import run_extract as cli_extract
    from quotegraph.extract import load_nlp

    work = tempfile.mkdtemp(prefix="qg-bench-")
    path = copies(os.path.abspath(args.jsonl), args.repeat, work)
    with open(path, encoding="utf-8") as f:
        n = sum(1 for line in f if line.strip())
    print(f"input: {path} ({n} articles); {args.cores} cores; {os.cpu_count()} CPUs visible")
    print(f"load average at start: {os.getloadavg()[0]:.2f}\n")

    def cli(processes: int) -> Callable[[], int]:
        return lambda: sum(
            1 for r in cli_extract(inputs_of([path]), processes, progress=False) if r.error is None
        )

    load_nlp()  # the single-process figures are warm: the model is loaded once before timing
    rates = {"single": timed("CLI, 1 process (warm)", cli(1), n)}
    cli_rate = cli_multi(path, args.cores, n)
    if cli_rate is not None:
        rates["cli-multi"] = cli_rate
    rates["multi"] = timed(f"pool of {args.cores} x extract_many(n_process=1)", pool(path, args.cores), n)

    from quotegraph.spark.extract_job import run_extract
    from quotegraph.spark.session import get_spark

    spark = get_spark(f"local[{args.cores}]", app_name="quotegraph-bench")
    spark.sparkContext.setLogLevel("ERROR")
    one = os.path.join(work, "one.jsonl")
    with open(path, encoding="utf-8") as f, open(one, "w", encoding="utf-8") as out:
        out.write(f.readline())

    def job(source: str) -> Callable[[], int]:
        target = os.path.join(work, "out")
        return lambda: run_extract(spark, [source], target, partitions=args.cores).articles

    rates["spark-cold"] = timed(f"Spark local[{args.cores}] (cold workers)", job(path), n)
    rates["spark"] = timed(f"Spark local[{args.cores}] (warm workers)", job(path), n)
    start = time.perf_counter()
    job(one)()
    fixed = time.perf_counter() - start
    spark.stop()
    marginal = (n - 1) / max(n / rates["spark"] - fixed, 1e-9)
    print(f"Spark job on 1 article (warm): {fixed:.1f} s of fixed cost per job (scheduling, writes)")
    print(f"Spark marginal rate (warm, fixed cost aside): {marginal:.2f} articles/s")

    base = rates["single"]
    print("\nratios to the single-process CLI:")
    for key, label in (
        ("cli-multi", f"CLI -j {args.cores} (cold)"),
        ("multi", f"pool of {args.cores}"),
        ("spark-cold", "Spark, cold"),
        ("spark", "Spark, warm"),
    ):
        if key in rates:
            print(f"  {label:<20} {rates[key] / base:5.2f}x")
    print(f"\nper core: single-process CLI {base:.2f}, Spark warm {rates['spark'] / args.cores:.2f},")
    print(f"          Spark marginal {marginal / args.cores:.2f} articles/s/core")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
