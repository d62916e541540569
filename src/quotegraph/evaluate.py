"""Scoring predictions against an answer key, by the definitions of the project's referee
(``../shared/bench/score.py``): overlap matching, exact boundaries, attributed speakers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

QUOTE_MARKS = "\"'“”‘’«»„‟‹›"
TRIM = QUOTE_MARKS + " \t\n\r,.;:"
NAME_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "prof",
        "professor",
        "president",
        "senator",
        "sen",
        "rep",
        "gov",
        "governor",
        "minister",
        "prime",
        "secretary",
        "general",
        "gen",
        "lord",
        "lady",
        "judge",
        "justice",
        "rev",
        "the",
        "jr",
        "sr",
        "mp",
        "ceo",
    ]
)

Record = Mapping[str, Any]


def name_words(name: str | None) -> list[str]:
    folded = unicodedata.normalize("NFKD", name or "")
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = re.sub(r"['’]s\b", "", folded)
    return [w for w in re.findall(r"[a-z0-9]+", folded) if w not in NAME_TITLES]


def same_speaker(pred: str | None, gold_names: Iterable[str]) -> bool:
    """Equal names, or one holds the other's words and both end in the same surname."""
    p = name_words(pred)
    if not p:
        return False
    for gold in gold_names:
        g = name_words(gold)
        if g and (p == g or (p[-1] == g[-1] and (set(p) <= set(g) or set(g) <= set(p)))):
            return True
    return False


def _overlap(a: Record, b: Record) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _covering(q: Record, others: list[Record]) -> Record | None:
    """The other quote covering most of ``q``, if it covers at least half."""
    if not others:
        return None
    top = max(others, key=lambda o: _overlap(q, o))
    return top if _overlap(q, top) * 2 >= max(1, q["end"] - q["start"]) else None


def _covering_gold(g: Record, preds: list[Record]) -> Record | None:
    """The prediction covering at least half of gold quote ``g``: one quote, or the passages of
    one statement split by its attribution (predictions sharing a ``group``), counted together."""
    top = _covering(g, preds)
    if top is not None:
        return top
    groups: dict[str, list[Record]] = {}
    for p in preds:
        if p.get("group") is not None:
            groups.setdefault(str(p["group"]), []).append(p)
    for parts in groups.values():
        if len(parts) > 1 and sum(_overlap(p, g) for p in parts) * 2 >= max(1, g["end"] - g["start"]):
            return max(parts, key=lambda p: _overlap(p, g))
    return None


def _in_scope(q: Record, scope: str | None) -> bool:
    """A key with "scope": "statements" counts statements only, gold and predicted alike."""
    return scope != "statements" or q.get("kind", "statement") == "statement"


def best_match(pred: Record, golds: list[Record]) -> Record | None:
    """The gold quote that covers at least half of a predicted one (the referee's rule)."""
    return _covering(pred, golds)


def speaker_right(pred: Record, gold: Record, by_mention: bool) -> bool:
    """Right as the referee counts it: the gold quote has no speaker, or the names (or, where the
    key gives mentions, the mentions) agree."""
    return not _attributable(gold, by_mention) or _speaker_ok(pred, gold, by_mention)


def _trimmed(text: str, q: Record) -> tuple[int, int]:
    s, e = q["start"], q["end"]
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    return s, e


def _speaker_ok(p: Record, g: Record, by_mention: bool) -> bool:
    if g.get("speaker") and same_speaker(p.get("speaker"), [g["speaker"], *(g.get("speaker_aliases") or [])]):
        return True
    span = p.get("speaker_span")
    if (
        by_mention
        and isinstance(g.get("speaker_start"), int)
        and isinstance(span, list | tuple)
        and len(span) == 2
    ):
        return min(span[1], g["speaker_end"]) > max(span[0], g["speaker_start"])
    return False


def _attributable(g: Record, by_mention: bool) -> bool:
    return bool(g.get("speaker")) or (by_mention and isinstance(g.get("speaker_start"), int))


@dataclass
class Scores:
    counts: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, list[int]] = field(default_factory=dict)

    def prf(self, tp_pred: str, tp_gold: str, gold_key: str = "gold") -> tuple[float, float, float]:
        c = self.counts
        p = c[tp_pred] / c["pred"] if c["pred"] else 0.0
        r = c[tp_gold] / c[gold_key] if c[gold_key] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def report(self) -> str:
        c = self.counts
        lines = [f"articles {c['articles']}  gold quotes {c['gold']}  predicted {c['pred']}"]
        rows = (
            ("detection", "correct", "found", "gold"),
            ("exact", "exact_correct", "exact_found", "gold"),
            ("attributed", "correct_attr", "found_attr", "gold_attr"),
        )
        for label, tp_p, tp_g, gk in rows:
            p, r, f = self.prf(tp_p, tp_g, gk)
            lines.append(f"{label:11s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        lines.append(
            "recall by type "
            + "  ".join(f"{k} {v[1] / v[0]:.3f}" for k, v in sorted(self.by_type.items()) if v[0])
        )
        return "\n".join(lines)


def score(gold_docs: Mapping[str, Record], pred_docs: Mapping[str, Record]) -> Scores:
    keys = [
        "articles",
        "gold",
        "pred",
        "found",
        "correct",
        "exact_found",
        "exact_correct",
        "gold_attr",
        "found_attr",
        "correct_attr",
    ]
    s = Scores(counts=dict.fromkeys(keys, 0))
    c = s.counts
    for doc_id, gdoc in gold_docs.items():
        text = gdoc["text"]
        by_mention = gdoc.get("speaker_match") == "name_or_mention"
        scope = gdoc.get("scope")
        golds = [g for g in gdoc.get("quotes") or [] if _in_scope(g, scope)]
        preds = [
            p
            for p in (pred_docs.get(doc_id) or {}).get("quotes", [])
            if _in_scope(p, scope)
            and isinstance(p.get("start"), int)
            and isinstance(p.get("end"), int)
            and 0 <= p["start"] < p["end"] <= len(text)
        ]
        c["articles"] += 1
        c["gold"] += len(golds)
        c["pred"] += len(preds)
        for g in golds:
            tally = s.by_type.setdefault(g.get("type") or "unknown", [0, 0])
            tally[0] += 1
            attributable = _attributable(g, by_mention)
            c["gold_attr"] += attributable
            p = _covering_gold(g, preds)
            if p is None:
                continue
            tally[1] += 1
            c["found"] += 1
            c["exact_found"] += _trimmed(text, p) == _trimmed(text, g)
            c["found_attr"] += attributable and _speaker_ok(p, g, by_mention)
        for p in preds:
            g = _covering(p, golds)
            if g is None:
                continue
            c["correct"] += 1
            c["exact_correct"] += _trimmed(text, p) == _trimmed(text, g)
            c["correct_attr"] += speaker_right(p, g, by_mention)
    return s
