"""How sure an attribution is: a calibrated probability that the quote is real and its speaker
right.

Each quote is described by a few features of how it was found (its type and kind, the way its
speaker was found, the cue, how its reporter was resolved, the frame judge's probability, its
length), and a logistic regression learned on PolNeAR's training split
(``tools/learn_confidence.py``, weights and model card in ``data/confidence_model.json``) turns
them into the probability that the quote is in the answer key with the right speaker. Of the
quotes shown with confidence >= c, about that share is right: the reliability table on held-out
articles is in ``docs/extraction.md``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
from dataclasses import dataclass
from importlib import resources

from quotegraph.extract.lexicon import GROUP_PRONOUNS, PERSON_PRONOUNS
from quotegraph.model import Quote

MODEL_FILE = "data/confidence_model.json"
FEATURE_VERSION = 4
"""Raise it with any change to what ``features`` computes; the model must then be learned again."""
FEATURE_TEMPLATES = (
    "type",
    "kind",
    "how",
    "frame",
    "cue",
    "speaker_kind",
    "mention",
    "resolved",
    "judge",
    "words",
    "group",
    "prior",
    "shape",
    "type|shape",
    "opening",
    "type|opening",
    "cue|frame",
    "words|type",
    "judge|kind",
    "type|how",
    "kind|how",
    "speaker_kind|mention",
    "repeated",
    "distance",
    "distance|how",
)


def feature_signature() -> str:
    """Names the features this code computes; the model records the one it was learned with."""
    text = json.dumps([FEATURE_VERSION, FEATURE_TEMPLATES])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _bucket(x: float | None, edges: tuple[float, ...]) -> str:
    if x is None:
        return "none"
    for edge in edges:
        if x < edge:
            return f"<{edge}"
    return f">={edges[-1]}"


def features(
    quote: Quote,
    how: str,
    frame_how: str | None,
    resolved: float,
    judge: float | None,
    speaker_quotes: int = 1,
) -> list[str]:
    """What the confidence model sees of one quote (the templates of ``FEATURE_TEMPLATES``);
    ``quote.confidence`` is still the rules' own estimate here ("prior"); ``speaker_quotes``: how
    many of the article's quotes its speaker has (a source quoted again and again is seldom a
    misreading)."""
    mention = (quote.speaker_mention or "").strip().lower()
    if not mention:
        mention_kind = "none"
    elif mention in PERSON_PRONOUNS or mention in GROUP_PRONOUNS or mention in ("it", "i", "who", "which"):
        mention_kind = "pronoun"
    elif quote.speaker and mention == quote.speaker.lower():
        mention_kind = "full_name"
    else:
        mention_kind = "other"
    words = len(quote.text.split())
    cue = (quote.cue or "").lower().split()
    values = {
        "type": quote.type,
        "kind": quote.kind,
        "how": how,
        "frame": frame_how or "none",
        "cue": cue[0] if cue else "none",
        "speaker_kind": quote.speaker_kind or "none",
        "mention": mention_kind,
        "resolved": _bucket(resolved, (0.35, 0.5, 0.65, 0.75, 0.9)),
        "judge": _bucket(judge, (0.3, 0.5, 0.7, 0.85, 0.95)),
        "words": _bucket(words, (3, 6, 10, 20, 40)),
        "group": str(quote.group is not None),
        "prior": _bucket(quote.confidence, (0.3, 0.5, 0.6, 0.7, 0.8, 0.9)),
        "shape": _shape(quote.text),
        "opening": _opening(quote.text),
        "repeated": _bucket(speaker_quotes, (2, 3, 6)) if quote.speaker else "none",
        "distance": _distance(quote),
    }
    feats = []
    for template in FEATURE_TEMPLATES:
        parts = template.split("|")
        feats.append(f"{template}=" + "|".join(values[p] for p in parts))
    return feats


_OPENINGS = frozenset(
    [
        "that",
        "to",
        "if",
        "whether",
        "how",
        "why",
        "what",
        "when",
        "where",
        "who",
        "the",
        "a",
        "an",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
    ]
)


def _distance(quote: Quote) -> str:
    """Where the speaker's mention stands from the quote: inside it, right beside it, in the
    same stretch of text, or far away (a speaker carried over from elsewhere)."""
    if quote.speaker_span is None:
        return "none"
    s, e = quote.speaker_span
    if quote.start <= s and e <= quote.end:
        return "inside"
    gap = s - quote.end if s >= quote.end else quote.start - e
    side = "after" if s >= quote.end else "before"
    return f"{side}<{_bucket(gap, (5, 40, 200))[1:]}" if gap < 200 else "far"


def _opening(text: str) -> str:
    """The content's first word, where it says what kind of content follows ("that", "to", "how")
    or who it is about; else whether it starts capitalised."""
    first = text.lstrip("\"'“‘(- ").split(" ", 1)[0].lower().strip(",.:;")
    if first in _OPENINGS:
        return first
    return "capital" if text.lstrip("\"'“‘(- ")[:1].isupper() else "lower"


def _shape(text: str) -> str:
    """A title ("Chick Lit: The New Woman's Fiction") reads unlike a sentence someone said."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    capitalised = sum(1 for w in words if w.lstrip("\"'“‘(")[:1].isupper())
    if len(words) >= 2 and capitalised >= 0.75 * len(words):
        return "title_case"
    if len(words) <= 2:
        return "short"
    return "sentence" if text.rstrip("\"'”’ ")[-1:] in ".!?," else "clause"


@dataclass(frozen=True)
class ConfidenceModel:
    weights: dict[str, float]
    bias: float
    signature: str

    def probability(self, feats: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.cache
def confidence_model() -> ConfidenceModel:
    raw = json.loads(resources.files("quotegraph").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    return ConfidenceModel(raw["weights"], raw["bias"], raw["card"]["feature_signature"])
