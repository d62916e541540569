"""Measure, on an attribution corpus (PolNeAR's training split), how often each verb lemma is the
cue of an attribution: the evidence behind ``src/quotegraph/data/cues.tsv``.

Usage: python tools/learn_cues.py TRAIN.jsonl [--min-count 3] > cue_stats.tsv
Prints lemma, times it was a gold cue, times it occurred as a verb outside quotation marks, and
the ratio. The corpus itself stays outside the project.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys

from quotegraph.extract.marks import find_marked
from quotegraph.extract.nlp import load_nlp


def gold_cue_chars(text: str, quotes: list[dict]) -> set[int]:
    """Character offsets of each gold cue: the occurrence of its words nearest its content."""
    marked: set[int] = set()
    for q in quotes:
        cue = (q.get("cue") or "").strip()
        if not cue:
            continue
        best, best_d = None, 10**9
        pos = text.find(cue)
        while pos >= 0:
            d = (
                0
                if q["start"] <= pos < q["end"]
                else min(abs(pos - q["end"]), abs(pos + len(cue) - q["start"]))
            )
            if d < best_d:
                best, best_d = pos, d
            pos = text.find(cue, pos + 1)
        if best is not None and best_d < 300:
            marked.update(range(best, best + len(cue)))
    return marked


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()
    nlp = load_nlp()
    with open(args.train, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    cue_n: collections.Counter[str] = collections.Counter()
    verb_n: collections.Counter[str] = collections.Counter()
    for doc, d in zip(nlp.pipe((d["text"] for d in docs), batch_size=16), docs, strict=True):
        quoted = [(m.open_at, m.close_at or m.end) for m in find_marked(d["text"])]
        cue_chars = gold_cue_chars(d["text"], d["quotes"])
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX") or any(s <= tok.idx <= e for s, e in quoted):
                continue
            lemma = tok.lemma_.lower()
            verb_n[lemma] += 1
            if tok.idx in cue_chars:
                cue_n[lemma] += 1
    print("lemma\tcue\tverb\tratio")
    for lemma, n in sorted(cue_n.items(), key=lambda kv: -kv[1]):
        if n >= args.min_count:
            print(f"{lemma}\t{n}\t{verb_n[lemma]}\t{n / max(1, verb_n[lemma]):.2f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
