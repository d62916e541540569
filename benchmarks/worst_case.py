"""Extraction time on pathological text: how time grows with length for each hostile family.

Usage: python benchmarks/worst_case.py [--sizes 2000,16000,...] [--families a,b] [--limit SECONDS]

Each family is a text generator that has made extraction super-linear before, or could: a chain
of "he said" with no full stop, nested "X said that Y said that ...", quotation marks that never
close, a paragraph packed with short quotes, paragraphs that each open with a quote no cue
claims, two people of one surname named again and again, each bare surname to be told apart, and
statements issued by statements, each "the statement" to be traced back to who issued it.
For each family and each length (in characters) the script prints the seconds
``quotegraph.extract`` took (wall clock, and this process's CPU seconds: on a shared machine the
CPU figure is the steadier), the number of quotes and the CPU seconds per 100,000 characters
(flat when time is linear). A family stops growing once one run took over ``--limit``
seconds. Goals: any 16 KB text under 1 s and any 1 MB text under 60 s, on one core.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

NAMES = ["Smith", "Jones", "Brown", "Lee", "Garcia", "Miller", "Davis", "Clark"]


def _fill(unit: Callable[[int], str], size: int) -> str:
    parts: list[str] = []
    total, i = 0, 0
    while total < size:
        part = unit(i)
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)[:size]


def he_said(size: int) -> str:
    return _fill(lambda i: "he said ", size)


def nested_said_that(size: int) -> str:
    return (_fill(lambda i: f"{NAMES[i % len(NAMES)]} said that ", size - 11) + "taxes rose.")[:size]


def unbalanced_marks(size: int) -> str:
    return _fill(lambda i: "“The plan works,” he said. “It will pass. " if i % 3 else "Smith said “it ", size)


def dense_quotes(size: int) -> str:
    return _fill(lambda i: f"“Yes,” {NAMES[i % len(NAMES)]} said. “No.” ", size)


def quote_paragraphs(size: int) -> str:
    unit = "Mayor Jane {} arrived at the hall.\n\n“Yes, we will.”\n\n"
    return _fill(lambda i: unit.format(NAMES[i % len(NAMES)]), size)


def namesakes(size: int) -> str:
    unit = "John Smith met Jane Smith on Monday. Smith said the plan works. Ms. Smith said it fails.\n\n"
    return _fill(lambda i: unit, size)


def statement_chain(size: int) -> str:
    link = "The statement issued the statement. "
    return "The union issued a statement. " + _fill(lambda i: link, size - 30)


FAMILIES: dict[str, Callable[[int], str]] = {
    "he_said": he_said,
    "nested_said_that": nested_said_that,
    "unbalanced_marks": unbalanced_marks,
    "dense_quotes": dense_quotes,
    "quote_paragraphs": quote_paragraphs,
    "namesakes": namesakes,
    "statement_chain": statement_chain,
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="2000,4000,8000,16000,64000,256000,1000000")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--limit", type=float, default=120.0, help="stop a family after a run this long")
    args = parser.parse_args()
    from quotegraph.extract import extract

    extract("Warm-up, he said.", scope="all")
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'family':<18} {'chars':>9} {'seconds':>9} {'cpu s':>9} {'quotes':>7} {'cpu s/100k':>11}")
    for name in args.families.split(","):
        make = FAMILIES[name]
        for size in sizes:
            text = make(size)
            t0, c0 = time.perf_counter(), time.process_time()
            quotes = extract(text, scope="all", min_confidence=0)
            took, cpu = time.perf_counter() - t0, time.process_time() - c0
            rate = cpu / len(text) * 1e5
            row = f"{name:<18} {len(text):>9} {took:>9.2f} {cpu:>9.2f} {len(quotes):>7} {rate:>11.2f}"
            print(row, flush=True)
            if took > args.limit:
                print(f"{name:<18} stopped: one run over {args.limit:.0f} s")
                break


if __name__ == "__main__":
    main()
