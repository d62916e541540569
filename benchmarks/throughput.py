"""Extraction speed and memory: quotegraph beside the plain full spaCy pipeline.

Usage: python benchmarks/throughput.py [ARTICLES.jsonl] [--processes N] [--repeat R]

Each side runs in a fresh subprocess (so peak RSS is its own) over the same texts with the same
number of processes: the plain side is ``spacy.load(model)`` + ``nlp.pipe`` with every component
(what every spaCy-based peer pays); the quotegraph side is ``quotegraph.extract_many``, which
includes model loading, input checks and attribution. Prints articles/s, words/s, peak RSS and
the ratio, both of the best runs and run by run (each plain run against the quotegraph run right
after it). Default input: ../shared/bench/polnear.dev.jsonl.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "polnear.dev.jsonl"
BATCH = 8
"""Texts per batch on both sides: quotegraph's default, and small enough that two workers finish
together on a short input."""


def _texts(path: str) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run_side(side: str, path: str, processes: int) -> dict[str, float]:
    texts = _texts(path)
    t0 = time.perf_counter()
    c0 = _cpu_seconds()
    if side == "plain":
        import spacy

        from quotegraph.extract.nlp import MODEL_NAME

        nlp = spacy.load(MODEL_NAME)
        nlp.max_length = 2_000_000
        for _ in nlp.pipe(texts, n_process=processes, batch_size=BATCH):
            pass
    else:
        from quotegraph.extract import extract_many
        from quotegraph.model import Article

        arts = [Article(str(i), t) for i, t in enumerate(texts)]
        for _ in extract_many(arts, n_process=processes, batch_size=BATCH):
            pass
    seconds = time.perf_counter() - t0
    cpu = _cpu_seconds() - c0
    words = sum(len(t.split()) for t in texts)
    peak = _peak_rss_mb()
    return {"articles": len(texts), "words": words, "seconds": seconds, "cpu": cpu, "peak_rss_mb": peak}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--processes", "-j", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=1, help="runs per side; the fastest is reported")
    ap.add_argument("--side", choices=["plain", "quotegraph"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.side:
        print(json.dumps(run_side(args.side, args.path, args.processes)))
        return
    if not Path(args.path).is_file():
        sys.exit(f"no input at {args.path}; pass a JSONL of articles")
    best: dict[str, dict[str, float]] = {}
    pairs: list[float] = []
    for _ in range(args.repeat):
        run: dict[str, dict[str, float]] = {}
        for side in ("plain", "quotegraph"):
            out = subprocess.run(
                [sys.executable, __file__, args.path, "-j", str(args.processes), "--side", side],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            run[side] = r = json.loads(out.strip().splitlines()[-1])
            if side not in best or r["seconds"] < best[side]["seconds"]:
                best[side] = r
        # The two sides of one pair run back to back, so they share the machine's state of the
        # moment; on a machine whose speed drifts, their ratio is steadier than best against best.
        pairs.append(run["plain"]["seconds"] / run["quotegraph"]["seconds"])
    print(
        f"input {args.path}: {best['plain']['articles']:.0f} articles, {best['plain']['words']:.0f} words, "
        f"{args.processes} process(es), best of {args.repeat}"
    )
    for side, r in best.items():
        rate, words = r["articles"] / r["seconds"], r["words"] / r["seconds"]
        print(
            f"{side:11s} {rate:7.2f} articles/s  {words:8.0f} words/s"
            f"  wall {r['seconds']:6.1f} s  CPU {r['cpu']:6.1f} s  peak RSS {r['peak_rss_mb']:6.0f} MB"
        )
    ratio = best["plain"]["seconds"] / best["quotegraph"]["seconds"]
    cpu_ratio = best["plain"]["cpu"] / best["quotegraph"]["cpu"]
    print(f"quotegraph / plain articles/s, best runs: {ratio:.2f}x by wall clock, {cpu_ratio:.2f}x by CPU")
    print(
        f"run by run: {', '.join(f'{p:.2f}x' for p in pairs)}; median {statistics.median(pairs):.2f}x"
    )
    print("load average while measuring: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))

if __name__ == "__main__":
    main()
