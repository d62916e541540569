"""The reliability table of docs/extraction.md: attributed precision, recall and F1 of the quotes
kept at each confidence floor, scored on a key by the same rules as the referee.

Usage: python tools/reliability_table.py GOLD.jsonl PRED.jsonl

PRED is every attribution at any confidence (``quotegraph extract --scope all --min-confidence 0``);
GOLD a key, e.g. ../shared/bench/polnear.dev.statements.jsonl (a statements key scores
statements only). Prints a Markdown table.
"""

from __future__ import annotations

import json
import sys

from quotegraph.evaluate import score

FLOORS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def read(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return {d["id"]: d for d in docs}


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        sys.exit(__doc__)
    gold, pred = read(argv[0]), read(argv[1])
    print("| confidence | shown | share right (attributed P) | attributed R | attributed F1 |")
    print("|---|---|---|---|---|")
    for floor in FLOORS:
        kept = {
            k: {**d, "quotes": [q for q in d.get("quotes", []) if q.get("confidence", 1.0) >= floor]}
            for k, d in pred.items()
        }
        s = score(gold, kept)
        p, r, f = s.prf("correct_attr", "found_attr", "gold_attr")
        label = f">= {floor:.1f}" + (" (default)" if floor == 0.5 else "")
        print(f"| {label} | {s.counts['pred']} | {p:.3f} | {r:.3f} | {f:.3f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
