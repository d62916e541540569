"""Write a copy of an answer key whose split quotations are cut the way FORMAT.md spans them.

Usage: python tools/format_segmented_gold.py GOLD.jsonl > SEGMENTED.jsonl

PolNeAR annotates '"A," she said. "B."' as one quotation running over the attribution between
its passages. FORMAT.md, the seed's answer key and quotegraph span a direct quote as the words
inside the marks, so the same sentence is two quotes there. This tool cuts each gold quote that
holds two or more quoted passages with words between them (not a mixed quote, whose words
between are its own) into those passages, each keeping the quote's speaker, type and cue. Scoring
predictions against the copy (``score.py SEGMENTED.jsonl PRED.jsonl``) measures how much of the
gap to the original key is that convention. It is an analysis, not a replacement key: the
targets stand on the original.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from quotegraph.extract.lexicon import QUOTE_CHARS
from quotegraph.extract.marks import Marked, find_marked

_LETTER = re.compile(r"[^\W\d_]")


def segmented(text: str, quotes: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The quotes with split quotations cut into their passages, and how many were cut."""
    marked = find_marked(text)
    out: list[dict[str, Any]] = []
    cut = 0
    for q in quotes:
        inner = [m for m in marked if q["start"] <= m.start and m.end <= q["end"]]
        if q.get("type") != "mixed" and len(inner) >= 2 and _words_between(text, q, inner):
            cut += 1
            out.extend(dict(q, start=m.start, end=m.end, text=text[m.start : m.end]) for m in inner)
        else:
            out.append(q)
    return out, cut


def _words_between(text: str, q: dict[str, Any], inner: list[Marked]) -> bool:
    """Are there words in the quote outside its passages (an attribution between them)?"""
    pieces, at = [], q["start"]
    for m in inner:
        pieces.append(text[at : m.start])
        at = m.end
    pieces.append(text[at : q["end"]])
    outside = "".join(pieces).translate({ord(c): None for c in QUOTE_CHARS})
    return bool(_LETTER.search(outside))


def main(path: str) -> None:
    total = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            article = json.loads(line)
            article["quotes"], cut = segmented(article["text"], article.get("quotes", []))
            total += cut
            print(json.dumps(article, ensure_ascii=False))
    print(f"{total} split quotations cut into their passages", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
