"""A learned judge of reporting frames: does this verb, with this subject and this complement,
report what someone said, claimed or found?

The cue lexicon (``data/cues.tsv``) names the verbs that usually report; but whether a frame is
an attribution depends on more than its verb: "backed the plan" reports a stance where "backed
the car out" does not, and "said" with a pronoun object is rarely a report of content. Every
candidate frame is described by a few dozen features of its verb, subject and complement, and a
logistic regression learned on an attribution corpus (``tools/learn_frame_model.py``, weights in
``data/frame_model.json``) gives the probability that its content is reported content.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Span, Token

from quotegraph.extract.lexicon import QUOTE_CHARS, Cue

MODEL_FILE = "data/frame_model.json"
FEATURE_VERSION = 1
"""Raise it with any change to what ``frame_features`` or ``tail_features`` compute; the judge must
then be learned again (its card records the version and the feature templates it saw)."""


def _logistic(weights: dict[str, float], bias: float, features: list[str]) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class TailModel:
    """Does the rest of the sentence after a frame's content belong to the content ("said that
    it was too early to tell, and there was no evidence yet")? Kept when the odds are even or
    better."""

    weights: dict[str, float]
    bias: float

    def extends(self, features: list[str]) -> bool:
        return _logistic(self.weights, self.bias, features) >= 0.5


@dataclass(frozen=True)
class FrameModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    """The probability a frame of a lexicon verb needs to be kept."""
    threshold_new: float
    """The probability a frame of a verb outside the lexicon needs: the lexicon is evidence too."""

    def accepts(self, probability: float, known: bool) -> bool:
        return probability >= (self.threshold if known else self.threshold_new)

    tail: TailModel | None = None

    def probability(self, features: list[str]) -> float:
        return _logistic(self.weights, self.bias, features)

    def __post_init__(self) -> None:
        best: dict[str, float] = {}
        for key, w in self.weights.items():
            if key.startswith("lemma|how="):
                lemma = key[len("lemma|how=") :].rsplit("|", 1)[0]
                best[lemma] = max(best.get(lemma, w), w)
        object.__setattr__(self, "_best_how", best)

    def may_report(self, lemma: str) -> bool:
        """Could the word pass ``seen_reporting`` in some construction? A cheap test made before
        a frame is built."""
        best: dict[str, float] = self._best_how  # type: ignore[attr-defined]
        return self.weights.get(f"lemma={lemma}", 0.0) + max(0.0, best.get(lemma, 0.0)) > 0.0

    def seen_reporting(self, lemma: str, how: str) -> bool:
        """A word outside the lexicon is a cue only when training found it reporting, in this
        construction, more often than not: its own weights lean towards attribution ("left the
        hall early" is no report, however report-like the rest of the frame looks; "spoke" is
        rarely one, "spoke about" often)."""
        return (
            self.weights.get(f"lemma={lemma}", 0.0) + self.weights.get(f"lemma|how={lemma}|{how}", 0.0) > 0.0
        )


_trying: list[FrameModel] = []


def frame_model() -> FrameModel:
    """The judge in use: the shipped one, unless a trial model is set (``trying``)."""
    return _trying[-1] if _trying else _shipped()


class trying:  # noqa: N801  (used as a context manager)
    """``with trying(model):`` judge frames with a model under training instead."""

    def __init__(self, model: FrameModel):
        self.model = model

    def __enter__(self) -> FrameModel:
        _trying.append(self.model)
        return self.model

    def __exit__(self, *exc: object) -> None:
        _trying.pop()


@functools.cache
def _shipped() -> FrameModel:
    raw = json.loads(resources.files("quotegraph").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    tail = raw.get("tail")
    return FrameModel(
        dict(raw["weights"]),
        float(raw["bias"]),
        float(raw["threshold"]),
        float(raw["threshold_new"]),
        TailModel(dict(tail["weights"]), float(tail["bias"])) if tail else None,
    )


def _bucket(n: int) -> str:
    for limit in (1, 3, 6, 12, 25, 50):
        if n <= limit:
            return str(limit)
    return "more"


def frame_features(
    doc: Doc,
    v: Token,
    cue: Cue,
    known: bool,
    how: str,
    subj: Token | None,
    content: tuple[int, int],
    text: str,
) -> list[str]:
    """What the judge sees of one frame. ``known``: the verb is in the cue lexicon."""
    lemma = cue.lemma
    kind = cue.kind if known else "none"
    feats = [
        f"how={how}",
        f"lemma={lemma}",
        f"lemma|how={lemma}|{how}",
        f"kind={kind}",
        f"kind|how={kind}|{how}",
        f"allowed={known and how in cue.frames}",
        f"tag={v.tag_}",
        f"dep={v.dep_}",
        f"kind|dep={kind}|{v.dep_}",
    ]
    if subj is None:
        feats.append("subj=none")
    else:
        feats.append(f"subj_pos={subj.pos_}")
        feats.append(f"kind|subj_pos={kind}|{subj.pos_}")
        feats.append(f"lemma|subj_pos={lemma}|{subj.pos_}")
        if subj.pos_ in ("PRON", "NOUN"):
            feats.append(f"subj={subj.lower_}")
            feats.append(f"kind|subj={kind}|{subj.lower_}")
        if subj.ent_type_:
            feats.append(f"subj_ent={subj.ent_type_}")
        if subj.i > v.i:
            feats.append("subj_after")
    for child in v.children:
        if child.dep_ == "neg":
            feats.append("negated")
        elif child.dep_ == "aux" and child.tag_ == "MD":
            feats.append(f"modal={child.lower_}")
        elif child.dep_ == "auxpass":
            feats.append("passive")
        elif child.dep_ in ("dobj", "dative") and child.i > v.i:
            feats.append(f"obj_pos={child.pos_}")
            feats.append(f"how|obj_pos={how}|{child.pos_}")
            feats.append(f"obj={child.lower_}")
            feats.append(f"lemma|obj={lemma}|{child.lower_}")
        elif child.dep_ == "prep" and child.i > v.i:
            feats.append(f"prep={child.lower_}")
            feats.append(f"lemma|prep={lemma}|{child.lower_}")
        elif child.dep_ == "aux" and child.lower_ == "to":
            feats.append("infinitive")
    cs, ce = content
    span = doc.char_span(cs, ce, alignment_mode="expand")
    words = len(span) if span is not None else 0
    feats.append(f"len={_bucket(words)}")
    feats.append(f"how|len={how}|{_bucket(words)}")
    if any(c in text[cs:ce] for c in QUOTE_CHARS):
        feats.append("quoted")
    if span is not None and len(span):
        head = span.root
        feats.append(f"head_pos={head.pos_}")
        feats.append(f"how|head_pos={how}|{head.pos_}")
        feats.append(f"head_tag={head.tag_}")
        feats.append(f"lemma|head_tag={lemma}|{head.tag_}")
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
            feats.append("content_has_subject")
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in ("that", "whether", "if"):
            feats.append(f"comp={before.lower_}")
        if content[0] < v.idx:
            feats.append("content_before")
    sent_start = v.sent.start
    if v.i == sent_start or (v.i > 0 and doc[v.i - 1].is_punct):
        feats.append("cue_opens")
    if sent_start == 0:
        feats.append("first_sentence")
    if v.head.i != v.i:
        feats.append(f"head_dep={v.dep_}|{v.head.pos_}")
    return feats


def tail_features(doc: Doc, v: Token, how: str, content: Span, rest: Span, reporting: set[int]) -> list[str]:
    """What the tail model sees of the words between a frame's content and the end of its
    sentence. ``reporting``: token indices of verbs in the cue lexicon."""
    feats = [f"how={how}", f"len={_bucket(len(rest))}"]
    ratio = len(rest) / max(1, len(content))
    feats.append(f"ratio={'<0.5' if ratio < 0.5 else '<1' if ratio < 1 else '<2' if ratio < 2 else 'more'}")
    words = [t for t in rest if not t.is_space]
    if words and words[0].is_punct:
        feats.append(f"punct={words[0].text}")
        words = words[1:]
    if words:
        first = words[0]
        feats.append(f"first={first.lower_ if first.is_stop else first.pos_}")
        feats.append(f"first_dep={first.dep_}")
        if words[0].is_punct:
            feats.append("punct_again")
    root = rest.root
    head = root.head
    where = "cue" if head.i == v.i else "content" if content.start <= head.i < content.end else "other"
    feats.append(f"attach={where}")
    feats.append(f"attach|dep={where}|{root.dep_}")
    if any(t.i in reporting for t in rest):
        feats.append("has_cue")
    if any(c.dep_ in ("nsubj", "nsubjpass") for t in rest for c in t.children if c.i >= rest.start):
        feats.append("has_clause")
    if any(t.text in QUOTE_CHARS for t in rest):
        feats.append("quoted")
    return feats
