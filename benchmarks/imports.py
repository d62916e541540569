"""How long importing each part of quotegraph takes, in fresh processes, and whether spaCy loads.

    python benchmarks/imports.py [--repeat 5]

Prints, for each module, the best and median wall time of ``python -c 'import MODULE'`` (the
interpreter's own start-up included, measured alone first) and whether spaCy was loaded.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

MODULES = (
    "quotegraph.store", "quotegraph.ingest", "quotegraph.corpus", "quotegraph.web.app", "quotegraph.cli",
    "quotegraph.extract",
)  # fmt: skip


def timed(code: str) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True).stdout
    return time.perf_counter() - start, out.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per module (default 5)")
    args = parser.parse_args()
    bare = [timed("pass")[0] for _ in range(args.repeat)]
    print(f"python alone: best {min(bare):.3f} s, median {statistics.median(bare):.3f} s")
    for module in MODULES:
        runs = [timed(f"import sys, {module}; print('spacy' in sys.modules)") for _ in range(args.repeat)]
        times = [t for t, _ in runs]
        print(f"import {module}: best {min(times):.3f} s, median {statistics.median(times):.3f} s;"
              f" spaCy loaded: {runs[0][1]}")  # fmt: skip


if __name__ == "__main__":
    main()
