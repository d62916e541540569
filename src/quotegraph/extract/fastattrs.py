"""The model's attribute ruler (tag -> POS, morphology and lemma exceptions), evaluated with
numpy over whole documents instead of spaCy's token-by-token Matcher.

The small English model maps its fine tags to coarse POS with 179 one- and two-token patterns;
run through the general Matcher they cost about a sixth of the pipeline. Each pattern here is a
few array comparisons per document; the annotations are the same (a test compares every token of
a corpus), later patterns winning as in spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]


@dataclass(frozen=True)
class _Test:
    column: int
    op: str
    """==, IN, NOT_IN or REGEX"""
    value: Any


@dataclass(frozen=True)
class _Rule:
    patterns: tuple[tuple[tuple[_Test, ...], ...], ...]
    attrs: tuple[tuple[str, str], ...]
    index: int


class FastAttributeRuler:
    """Applies an ``AttributeRuler``'s patterns in their order, later patterns winning."""

    def __init__(self, nlp: Language, ruler: AttributeRuler):
        strings = nlp.vocab.strings
        self.vocab = nlp.vocab
        self.rules: list[_Rule] = []
        entries: list[dict[str, Any]] = list(ruler.patterns)  # type: ignore[arg-type]
        for entry in entries:
            patterns = tuple(
                tuple(tuple(_compile(key, want, strings) for key, want in tok.items()) for tok in pattern)
                for pattern in entry["patterns"]
            )
            attrs = tuple((str(k), str(v)) for k, v in entry["attrs"].items())
            self.rules.append(_Rule(patterns, attrs, int(entry.get("index", 0))))
        # Single-token rules that only test TAG and/or LOWER for equality are looked up by those
        # values, per token; the others are evaluated as arrays.
        self.lookup: dict[tuple[int, int], list[int]] = {}
        self.general: list[int] = []
        for rule_id, rule in enumerate(self.rules):
            by = _lookup_key(rule)
            if by is None:
                self.general.append(rule_id)
            else:
                self.lookup.setdefault(by, []).append(rule_id)
        self._regex_seen: dict[int, dict[int, bool]] = {}
        self._lower_keys = np.array(sorted({lower for _, lower in self.lookup if lower}), dtype=np.uint64)
        # The ids POS and MORPH values are stored under, per (rule, attribute).
        self._value_ids: dict[tuple[int, str], int] = {}
        for rule_id, rule in enumerate(self.rules):
            for key, value in rule.attrs:
                if key == "POS":
                    self._value_ids[(rule_id, key)] = int(strings.add(value))
                elif key == "MORPH":
                    self._value_ids[(rule_id, key)] = int(nlp.vocab.morphology.add(value))
        # The same ids by rule number, for the rules that set them (0 elsewhere, never read).
        self._value_table = {
            key: np.array(
                [self._value_ids.get((rule, key), 0) for rule in range(len(self.rules))], dtype=np.uint64
            )
            for key in ("POS", "MORPH")
        }

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        arr = doc.to_array(_ARRAY_ATTRS)
        # For POS and MORPH (set on nearly every token) the last matching rule per token wins,
        # kept as an array of rule numbers; the rare LEMMA/TAG/DEP rules go through a dict.
        winner = {"POS": np.full(n, -1, dtype=np.int64), "MORPH": np.full(n, -1, dtype=np.int64)}
        rare: dict[tuple[int, str], str] = {}
        strings_cache: dict[int, str] = {}
        hits: list[tuple[int, np.ndarray]] = []
        for rule_id in self.general:
            hit = self._hits(self.rules[rule_id], arr, doc, strings_cache)
            if hit is not None:
                hits.append((rule_id, hit))
        for rule_id, hit in self._looked_up(arr).items():
            hits.append((rule_id, hit))
        hits.sort(key=lambda rh: rh[0])
        for rule_id, hit in hits:
            for key, value in self.rules[rule_id].attrs:
                if key in winner:
                    winner[key][hit] = rule_id
                else:
                    for i in np.nonzero(hit)[0]:
                        rare[(int(i), key)] = value
        values = np.asarray(doc.to_array([POS, MORPH]), dtype=np.uint64)
        for column, key in enumerate(("POS", "MORPH")):
            chosen = winner[key]
            ruled = chosen >= 0
            values[ruled, column] = self._value_table[key][chosen[ruled]]
        doc.from_array([POS, MORPH], values)  # type: ignore[arg-type]
        for (i, key), value in rare.items():
            tok = doc[i]
            if key == "LEMMA":
                tok.lemma_ = value
            elif key == "TAG":
                tok.tag_ = value
            elif key == "DEP":
                tok.dep_ = value
        return doc

    def _looked_up(self, arr: np.ndarray) -> dict[int, np.ndarray]:
        """Hits of the one-token equality rules, found by table lookup: per tag for the rules on
        a tag alone (every token has one), per token only where its lower-case form has a rule."""
        n = len(arr)
        tags, lowers = arr[:, 0], arr[:, 1]
        by_rule: dict[int, np.ndarray] = {}

        def mark(rule_id: int, where: np.ndarray | int) -> None:
            hit = by_rule.get(rule_id)
            if hit is None:
                hit = by_rule[rule_id] = np.zeros(n, dtype=bool)
            hit[where] = True

        for tag in np.unique(tags).tolist():
            for rule_id in self.lookup.get((tag, 0), ()):
                mark(rule_id, tags == tag)
        for i in np.nonzero(np.isin(lowers, self._lower_keys))[0].tolist():
            tag, lower = int(tags[i]), int(lowers[i])
            for rule_id in (*self.lookup.get((0, lower), ()), *self.lookup.get((tag, lower), ())):
                mark(rule_id, i)
        return by_rule

    def _hits(self, rule: _Rule, arr: np.ndarray, doc: Doc, cache: dict[int, str]) -> np.ndarray | None:
        n = len(arr)
        hit: np.ndarray | None = None
        for pattern in rule.patterns:
            length = len(pattern)
            if length > n:
                continue
            # The positions still matching, narrowed test by test: most tests rule out nearly
            # every token, so the later ones look at a few.
            starts = np.arange(n - length + 1)
            for k, tests in enumerate(pattern):
                for test in tests:
                    if not len(starts):
                        break
                    column = arr[starts + k, test.column]
                    if test.op == "REGEX":
                        # Each distinct word is matched once, and remembered across documents.
                        words, where = np.unique(column, return_inverse=True)
                        found = self._regex_seen.setdefault(id(test), {})
                        ok = [
                            found[w]
                            if w in found
                            else found.setdefault(w, test.value.search(_text(doc, w, cache)) is not None)
                            for w in words.tolist()
                        ]
                        starts = starts[np.asarray(ok, dtype=bool)[where]]
                    else:
                        starts = starts[_evaluate(test, column)]
            if len(starts):
                if hit is None:
                    hit = np.zeros(n, dtype=bool)
                hit[starts + (rule.index if rule.index >= 0 else length + rule.index)] = True
        return hit


def _lookup_key(rule: _Rule) -> tuple[int, int] | None:
    """(tag id, lower id), 0 for "any", when the rule is one token tested by equality only."""
    if len(rule.patterns) != 1 or len(rule.patterns[0]) != 1:
        return None
    tag = lower = 0
    for test in rule.patterns[0][0]:
        if test.op != "==" or test.column not in (0, 1):
            return None
        if test.column == 0:
            tag = int(test.value)
        else:
            lower = int(test.value)
    return (tag, lower) if tag or lower else None


def _compile(key: str, want: Any, strings: Any) -> _Test:
    if key not in _COLUMNS:
        raise ValueError(f"unsupported attribute {key!r} in attribute ruler pattern")
    column = _COLUMNS[key]

    def ids(v: Any) -> int:
        return int(bool(v)) if key == "IS_SPACE" else int(strings.add(v))

    if isinstance(want, dict):
        ((op, arg),) = want.items()
        if op in ("IN", "NOT_IN"):
            return _Test(column, op, np.array([ids(v) for v in arg], dtype=np.uint64))
        if op == "REGEX":
            return _Test(column, op, re.compile(arg))
        raise ValueError(f"unsupported operator {op!r} in attribute ruler pattern")
    return _Test(column, "==", np.uint64(ids(want)))


def _evaluate(test: _Test, values: np.ndarray) -> np.ndarray:
    if test.op == "==":
        return np.asarray(values == test.value)
    if test.op == "IN":
        return np.isin(values, test.value)
    return ~np.isin(values, test.value)


def _text(doc: Doc, key: int, cache: dict[int, str]) -> str:
    text = cache.get(key)
    if text is None:
        text = cache[key] = doc.vocab.strings[key]
    return text


def install(nlp: Language) -> None:
    """Swap the pipeline's attribute ruler for the array one, in the same place."""
    nlp.add_pipe("quotegraph_fast_attrs", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")


@Language.factory("quotegraph_fast_attrs")
def _make(nlp: Language, name: str) -> FastAttributeRuler:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    return FastAttributeRuler(nlp, ruler)
