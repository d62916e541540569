"""Measure, on an attribution corpus (PolNeAR's training split), how often each cue's frames give
a real attribution: for every (lemma, construction) the share of frames whose content a gold
quotation covers at least half of. The evidence behind the frames column of
``src/quotegraph/data/cues.tsv``.

Usage: python tools/learn_frames.py TRAIN.jsonl > frame_stats.tsv
Prints lemma, construction, frames found, frames right, and the precision. The corpus itself
stays outside the project.
"""

from __future__ import annotations

import argparse
import collections
import json

from quotegraph.extract.assemble import _Index
from quotegraph.extract.cues import find_frames
from quotegraph.extract.marks import find_marked
from quotegraph.extract.nlp import load_nlp


def covered(start: int, end: int, golds: list[tuple[int, int]]) -> bool:
    need = max(1, end - start)
    return any(2 * max(0, min(end, ge) - max(start, gs)) >= need for gs, ge in golds)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    args = ap.parse_args()
    nlp = load_nlp()
    with open(args.train, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    found: collections.Counter[tuple[str, str]] = collections.Counter()
    right: collections.Counter[tuple[str, str]] = collections.Counter()
    for doc, d in zip(nlp.pipe((d["text"] for d in docs), batch_size=16), docs, strict=True):
        golds = [(q["start"], q["end"]) for q in d["quotes"]]
        inside = _Index(find_marked(d["text"]))
        for f in find_frames(doc, inside):
            if f.content is None or f.source is None:
                continue
            key = (f.cue.lemma, f.how)
            found[key] += 1
            right[key] += covered(*f.content, golds)
    print("lemma\thow\tfound\tright\tprecision")
    for (lemma, how), n in sorted(found.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{lemma}\t{how}\t{n}\t{right[(lemma, how)]}\t{right[(lemma, how)] / n:.2f}")


if __name__ == "__main__":
    main()
