"""Word shingles and MinHash signatures, computed for many texts at once with numpy.

Each "permutation" is ``(x ^ salt) * odd`` modulo 2**64: a bijection of the 64-bit hash space,
cheap to apply to every shingle of every text in one vectorised pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count

import numpy as np
import xxhash

SHINGLE_WORDS = 3
_WORD = re.compile(r"\w+(?:'\w+)*")
_SEPARATOR = "_0_quotegraph_text_separator_0_"
"""Joins texts for tokenising in bulk; lower-case, one word, and in no real text."""
_POSITION = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))


def words(text: str) -> list[str]:
    """Lower-case words, punctuation, elision marks and typographic quotes aside."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("’", "'")
    return _WORD.findall(text.lower())


@dataclass(frozen=True)
class ShingleSets:
    """Many texts' shingles in one flat array: text ``i`` owns ``flat[starts[i]:starts[i + 1]]``."""

    flat: np.ndarray
    starts: np.ndarray

    @classmethod
    def build(cls, sets: Sequence[np.ndarray]) -> ShingleSets:
        sizes = np.fromiter((len(s) for s in sets), dtype=np.int64, count=len(sets))
        starts = np.zeros(len(sets) + 1, dtype=np.int64)
        np.cumsum(sizes, out=starts[1:])
        flat = np.concatenate(sets) if len(sets) else np.zeros(0, dtype=np.uint64)
        return cls(flat.astype(np.uint64, copy=False), starts)

    @classmethod
    def from_texts(cls, texts: Sequence[str], k: int = SHINGLE_WORDS) -> ShingleSets:
        """The distinct hashes of every text's ``k``-word windows, all texts in one pass."""
        ids, owner = _word_numbers(texts)
        h = _word_hashes(ids.vocab)[ids.numbers]
        if len(h) < k:
            return cls(np.zeros(0, dtype=np.uint64), np.zeros(len(texts) + 1, dtype=np.int64))
        with np.errstate(over="ignore"):
            grams = h[: len(h) - k + 1] * _POSITION[0]
            for j in range(1, k):
                grams = grams + h[j : len(h) - k + 1 + j] * _POSITION[j % len(_POSITION)]
        whole = owner[: len(h) - k + 1] == owner[k - 1 :]  # windows inside one text
        grams, gram_owner = grams[whole], owner[: len(h) - k + 1][whole]
        # Distinct per text: the first window of each (text, shingle), kept in text order.
        with np.errstate(over="ignore"):
            keyed = (grams ^ (gram_owner.astype(np.uint64) * _POSITION[1])) * _POSITION[0]
        first = np.sort(np.unique(keyed, return_index=True)[1])
        grams, gram_owner = grams[first], gram_owner[first]
        starts = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(np.bincount(gram_owner, minlength=len(texts)), out=starts[1:])
        return cls(grams, starts)

    @property
    def sizes(self) -> np.ndarray:
        return np.diff(self.starts)

    def subset(self, keep: np.ndarray) -> ShingleSets:
        """The sets of the texts at the (ascending) indices ``keep``."""
        mask = np.zeros(len(self), dtype=bool)
        mask[keep] = True
        owner = np.repeat(np.arange(len(self), dtype=np.int64), self.sizes)
        starts = np.zeros(len(keep) + 1, dtype=np.int64)
        np.cumsum(self.sizes[keep], out=starts[1:])
        return ShingleSets(self.flat[mask[owner]], starts)

    def __len__(self) -> int:
        return len(self.starts) - 1


@dataclass(frozen=True)
class _Numbered:
    numbers: np.ndarray
    vocab: list[str]


def _word_numbers(texts: Sequence[str], chunk: int = 20_000) -> tuple[_Numbered, np.ndarray]:
    """Every word of every text as a number (its first appearance), and the text it belongs to.

    Texts are tokenised a chunk at a time, joined around a separator token, so the regular
    expression and the numbering run in C rather than once per text.
    """
    vocab: defaultdict[str, int] = defaultdict(count().__next__)
    number = vocab.__getitem__
    sep = number(_SEPARATOR)
    numbers, owners = [], []
    for lo in range(0, len(texts), chunk):
        part = texts[lo : lo + chunk]
        tokens = words(f" {_SEPARATOR} ".join(part))
        ids = np.fromiter(map(number, tokens), dtype=np.int64, count=len(tokens))
        is_sep = ids == sep
        numbers.append(ids[~is_sep])
        owners.append((np.cumsum(is_sep) + lo)[~is_sep])
    if not numbers:
        return _Numbered(np.zeros(0, dtype=np.int64), list(vocab)), np.zeros(0, dtype=np.int64)
    return _Numbered(np.concatenate(numbers), list(vocab)), np.concatenate(owners)


def _word_hashes(vocab: list[str]) -> np.ndarray:
    return np.fromiter((xxhash.xxh64_intdigest(w.encode()) for w in vocab), np.uint64, len(vocab))


def shingles(text: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """The sorted, distinct 64-bit hashes of the ``k``-word windows of ``text``."""
    return np.sort(ShingleSets.from_texts([text], k).flat)


def permutations(n: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    salts = rng.integers(0, 2**63, size=n, dtype=np.uint64) * np.uint64(2)
    odds = rng.integers(0, 2**63, size=n, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    return salts, odds


def signatures(sets: ShingleSets, num_perm: int = 16, seed: int = 1) -> np.ndarray:
    """MinHash signatures, one row per text; every text must have at least one shingle."""
    if np.any(sets.sizes == 0):
        raise ValueError("every text needs at least one shingle")
    sig = np.empty((len(sets), num_perm), dtype=np.uint64)
    heads = sets.starts[:-1]
    salts, odds = permutations(num_perm, seed)
    with np.errstate(over="ignore"):
        for i in range(num_perm):
            hashed = (sets.flat ^ salts[i]) * odds[i]
            sig[:, i] = np.minimum.reduceat(hashed, heads) if len(heads) else hashed[:0]
    return sig
