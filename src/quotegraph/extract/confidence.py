"""How sure an attribution is: a calibrated probability that the quote is real and its speaker
right.

Each quote is described by what is known of how it was found (its type and kind, the way its
speaker was found, the cue and its lemma, how its reporter was resolved, the frame judge's
probability, its length and shape, where it stands in the article and from its speaker's
mention), and gradient-boosted trees learned on PolNeAR's training split
(``tools/learn_confidence.py``; trees, calibration and model card in
``data/confidence_model.json``) turn them into the probability that the quote is in the answer
key with the right speaker. The trees are walked here in plain Python: nothing beyond the standard
library is needed to apply them. Of the quotes shown with confidence >= c, about that share is
right: the reliability table on held-out articles is in ``docs/extraction.md``.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import math
import re
from collections.abc import Callable
from importlib import resources
from typing import Any

from spacy.tokens import Doc

from quotegraph.extract.lexicon import GROUP_PRONOUNS, PERSON_PRONOUNS
from quotegraph.extract.nlp import lemma_of, line_bounds, text_of
from quotegraph.model import Quote

MODEL_FILE = "data/confidence_model.json"
FEATURE_VERSION = 5
"""Raise it with any change to what ``features`` computes; the model must then be learned again."""
CATEGORICAL = (
    "type",
    "kind",
    "how",
    "frame",
    "cue_lemma",
    "cue_form",
    "speaker_kind",
    "mention",
    "shape",
    "opening",
    "name_shape",
    "group",
    "headline",
)
NUMERIC = (
    "words",
    "letter_words",
    "chars",
    "judge",
    "resolved",
    "prior",
    "speaker_quotes",
    "speaker_gap",
    "position",
    "paragraph_share",
    "marks",
    "name_words",
)
FEATURES = CATEGORICAL + NUMERIC
"""What the model sees of a quote: named values (``CATEGORICAL``) and numbers (``NUMERIC``,
``None`` where the quote has none, such as the judge's probability of a quote no frame found)."""
Features = dict[str, Any]


def feature_signature() -> str:
    """Names the features this code computes; the model records the one it was learned with."""
    text = json.dumps([FEATURE_VERSION, CATEGORICAL, NUMERIC])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def features(
    doc: Doc,
    quote: Quote,
    how: str,
    frame_how: str | None,
    resolved: float,
    judge: float | None,
    speaker_quotes: int = 1,
) -> Features:
    """What the confidence model sees of one quote of ``doc`` (the names of ``FEATURES``);
    ``quote.confidence`` is still the rules' own estimate here ("prior"); ``speaker_quotes``: how
    many of the article's quotes its speaker has (a source quoted again and again is seldom a
    misreading)."""
    text = text_of(doc)
    cue = (quote.cue or "").lower().split()
    paragraph = _stripped_length(text, *line_bounds(doc, quote.start, quote.end))
    first_line_end = line_bounds(doc, 0, 0)[1]
    return {
        "type": quote.type,
        "kind": quote.kind,
        "how": how,
        "frame": frame_how or "none",
        "cue_lemma": _cue_lemma(doc, quote),
        "cue_form": _form(cue[0]) if cue else "none",
        "speaker_kind": quote.speaker_kind or "none",
        "mention": _mention(quote),
        "shape": _shape(quote.text),
        "opening": _opening(quote.text),
        "name_shape": _name_shape(quote.speaker),
        "group": str(quote.group is not None),
        # The article's first line is its headline: a claim there is the outlet's, seldom a quote.
        "headline": str(quote.start < first_line_end),
        "words": len(quote.text.split()),
        # "said 46 percent", "said 2-1": a number alone is a figure, not something said.
        "letter_words": len(_LETTER_WORDS.findall(quote.text)),
        "chars": quote.end - quote.start,
        "judge": judge,
        "resolved": resolved,
        "prior": quote.confidence,
        "speaker_quotes": speaker_quotes if quote.speaker else 0,
        "speaker_gap": _speaker_gap(quote),
        "position": quote.start / max(1, len(text)),
        # A paragraph that is the quote and little else is a quotation set apart.
        "paragraph_share": (quote.end - quote.start) / max(1, paragraph),
        "marks": sum(quote.text.count(c) for c in '"“”'),
        "name_words": len((quote.speaker or "").split()),
    }


_LETTER_WORDS = re.compile(r"[^\W\d_]+")


def _stripped_length(text: str, lo: int, hi: int) -> int:
    """``len(text[lo:hi].strip())`` without copying the line."""
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi - lo


def _cue_lemma(doc: Doc, quote: Quote) -> str:
    """The lemma of the cue's first word ("says", "said", "saying": "say")."""
    if quote.cue_span is None:
        return "none"
    span = doc.char_span(*quote.cue_span, alignment_mode="expand")
    return lemma_of(span[0]) if span is not None and len(span) else "none"


def _form(word: str) -> str:
    """The cue's inflection: the present of a profile ("says") reads unlike the past of a report
    ("said") or the participle of an aside ("saying")."""
    if word.endswith("ing"):
        return "ing"
    if word.endswith("ed") or word in _IRREGULAR_PAST:
        return "ed"
    return "s" if word.endswith("s") else "base"


_IRREGULAR_PAST = frozenset(["said", "told", "wrote", "thought", "spoke", "made", "put"])


def _mention(quote: Quote) -> str:
    """How the speaker is mentioned where the quote is attributed: a pronoun, the full name, or
    otherwise (a surname, a description)."""
    mention = (quote.speaker_mention or "").strip().lower()
    if not mention:
        return "none"
    if mention in PERSON_PRONOUNS or mention in GROUP_PRONOUNS or mention in ("it", "i", "who", "which"):
        return "pronoun"
    if quote.speaker and mention == quote.speaker.lower():
        return "full_name"
    return "other"


def _name_shape(speaker: str | None) -> str:
    """A name of one, two or more words, or a description ("the senator", "officials")."""
    words = (speaker or "").split()
    if not words:
        return "none"
    if words[0].lower() in ("the", "a", "an") or words[0][:1].islower():
        return "description"
    return {1: "one_word", 2: "two_words"}.get(len(words), "more_words")


def _speaker_gap(quote: Quote) -> int | None:
    """Characters from the quote to its speaker's mention: negative before it, positive after it,
    0 inside it; ``None`` with no mention (a speaker carried over from elsewhere is far away)."""
    if quote.speaker_span is None:
        return None
    s, e = quote.speaker_span
    if quote.start <= s and e <= quote.end:
        return 0
    return s - quote.end if s >= quote.end else e - quote.start


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


Node = Any
"""A tree node as the model file keeps it: a leaf's value (a number), or ``[feature, test,
default_left, missing, left, right]`` where ``test`` is a threshold (go left when the number is <=
it) or, for a named value, the list of value codes that go left; ``missing`` says what an absent
number is (0: read as 0, 2: absent, sent the default way), LightGBM's conventions."""


def _expression(node: Node) -> str:
    """One tree as a Python expression of ``x``, a quote's values in the order of ``FEATURES``
    (named values as codes, absent numbers as NaN). Only numbers go into it: each is made an int
    or a float here, whatever the file holds."""
    if not isinstance(node, list):
        return repr(float(node))
    feature, test, default_left, missing, left, right = node
    value = f"x[{int(feature)}]"
    if isinstance(test, list):
        # A set of constants: Python tests membership in it by hash.
        goes_left = f"{value} in {{{', '.join(str(int(c)) for c in test)}}}" if test else "False"
    elif missing == 2:
        # NaN compares false both ways: "not NaN > t" sends it left, "NaN <= t" right.
        goes_left = f"not {value} > {float(test)!r}" if default_left else f"{value} <= {float(test)!r}"
    elif missing == 0:
        goes_left = f"({value} if {value} == {value} else 0.0) <= {float(test)!r}"
    else:
        raise ValueError(f"a tree node with missing type {missing!r}: learned with zero_as_missing?")
    return f"({_expression(left)} if {goes_left} else {_expression(right)})"


class ConfidenceModel:
    """Boosted trees over ``FEATURES``, then a calibration of their score: ``platt`` (a logistic
    of the score, ``a`` and ``b``), ``isotonic`` (a step function: the value of the first step
    whose upper end ``x`` is at or above the trees' probability) or none. The trees are compiled
    once into one Python function: walking them node by node cost a tenth of extraction's time."""

    def __init__(
        self, trees: list[Node], codes: dict[str, dict[str, int]], calibration: dict[str, Any], signature: str
    ):
        self.codes, self.calibration, self.signature = codes, calibration, signature
        source = "lambda x: sum((" + ",\n".join(_expression(t) for t in trees) + ",))"
        self._score: Callable[[list[float]], float] = eval(compile(source, MODEL_FILE, "eval"), {"sum": sum})

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> ConfidenceModel:
        return cls(raw["trees"], raw["codes"], raw["calibration"], raw["card"]["feature_signature"])

    def probability(self, feats: Features) -> float:
        x = [float(self.codes[name].get(feats[name], -1)) for name in CATEGORICAL]
        x += [math.nan if (v := feats[name]) is None else float(v) for name in NUMERIC]
        score = self._score(x)
        calibration = self.calibration
        if calibration["method"] == "platt":
            score = calibration["a"] * score + calibration["b"]
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
        if calibration["method"] == "isotonic":
            steps = calibration["x"]
            p = calibration["y"][min(bisect.bisect_left(steps, p), len(steps) - 1)]
        return float(p)


@functools.cache
def confidence_model() -> ConfidenceModel:
    raw = json.loads(resources.files("quotegraph").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    return ConfidenceModel.from_json(raw)
