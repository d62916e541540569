"""Articles per second of ``quotegraph spark extract --master local[N]`` against ``quotegraph extract
-j N`` on the same file and the same N cores, whole commands as a user types them (start-up, model
loading and, for Spark, the JVM and the Parquet writes included).

    .venv/bin/python benchmarks/spark.py /work/shared/bench/polnear.train.jsonl --pairs 3

Each pair runs both commands back to back (which goes first alternates), so a busy machine slows
both alike; the ratio is taken pair by pair. CPU seconds are those of every process each command
starts (JVM, Python daemon and workers; the process pool), sampled from ``/proc``, and shown by
kind of process for Spark (``java``, ``python``).

Before the pairs one untimed ``spark extract`` of the first article records the local JVM's class
archive if this machine has none yet (once per Spark and Java installation, as a user's first run
does); its time is printed. ``--copies N`` times N copies of the input, each copy a distinct article
to both commands (its ``url`` differs, so its content hash does), to see fixed costs amortised.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from proctree import Usage, run  # noqa: E402


def articles(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def copies(path: str, n: int, into: str) -> str:
    """``path`` n times over, copy k's urls ending in ``#copy-k``: the same texts, distinct articles."""
    out = os.path.join(into, f"x{n}-{os.path.basename(path)}")
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    with open(out, "w", encoding="utf-8") as f:
        for k in range(n):
            for record in lines:
                copy = dict(record, url=f"{record.get('url') or 'article'}#copy-{k}") if k else record
                f.write(json.dumps(copy, ensure_ascii=False) + "\n")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("jsonl", help="articles, one JSON object per line")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=1, help="the input this many times (distinct articles)")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="qg-bench-")
    path = os.path.abspath(args.jsonl)
    if args.copies > 1:
        path = copies(path, args.copies, work)
    n = articles(path)
    exe = os.path.join(os.path.dirname(sys.executable), "quotegraph")
    first = os.path.join(work, "first.jsonl")
    with open(path, encoding="utf-8") as f, open(first, "w", encoding="utf-8") as out:
        out.write(next(line for line in f if line.strip()))
    warm = run([exe, "spark", "extract", "--master", f"local[{args.cores}]", first, "--out", f"{work}/warm"])
    print(f"untimed first Spark run (one article; records the JVM's class archive if none): "
          f"{warm.seconds:.1f} s, {warm.cpu:.1f} CPU s")  # fmt: skip
    commands = {
        "cli": [exe, "extract", "-j", str(args.cores), path],
        "spark": [exe, "spark", "extract", "--master", f"local[{args.cores}]", path, "--out", f"{work}/out"],
    }
    print(f"input: {path} ({n} articles); {args.cores} cores; {os.cpu_count()} CPUs visible")
    for name, argv in commands.items():
        print(f"  {name}: {' '.join(argv[1:])}")
    print(f"\n{'pair':<5} {'command':<7} {'seconds':>8} {'articles/s':>11} {'CPU s':>8}   load")
    ratios: list[float] = []
    cpu_ratios: list[float] = []
    for pair in range(args.pairs):
        order = ["cli", "spark"] if pair % 2 == 0 else ["spark", "cli"]
        done: dict[str, Usage] = {}
        for name in order:
            shutil.rmtree(f"{work}/out", ignore_errors=True)
            load = os.getloadavg()[0]
            u = run(commands[name])
            if u.returncode != 0:
                print(f"{pair + 1:<5} {name:<7} failed (exit {u.returncode})")
                return 1
            done[name] = u
            print(f"{pair + 1:<5} {name:<7} {u.seconds:8.1f} {n / u.seconds:11.2f} {u.cpu:8.1f}   {load:.1f}")
            if name == "spark":
                kinds = ", ".join(f"{k} {v:.1f}" for k, v in sorted(u.cpu_by_kind.items()) if v >= 0.05)
                print(f"{'':<5} CPU s by process: {kinds}")
                print(f"{'':<5} {u.stdout.strip()}")
        ratios.append(done["cli"].seconds / done["spark"].seconds)
        cpu_ratios.append(done["spark"].cpu / done["cli"].cpu)
        print(f"{'':<5} Spark / CLI articles/s {ratios[-1]:.2f}x, CPU seconds {cpu_ratios[-1]:.2f}x")
    print(f"\nSpark / CLI articles/s, pair by pair: {', '.join(f'{r:.2f}' for r in ratios)}")
    print(f"median {statistics.median(ratios):.2f}x (goal >= 0.90x)")
    print(f"Spark / CLI CPU seconds: {', '.join(f'{r:.2f}' for r in cpu_ratios)}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
