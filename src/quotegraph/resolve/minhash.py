"""Word shingles and MinHash signatures, computed for many texts at once with numpy.

Each "permutation" is ``(x ^ salt) * odd`` modulo 2**64: a bijection of the 64-bit hash space,
cheap to apply to every shingle of every text in one vectorised pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import xxhash

SHINGLE_WORDS = 3
_WORD = re.compile(r"[\w']+")


def words(text: str) -> list[str]:
    """Lower-case words, punctuation, elision marks and typographic quotes aside."""
    folded = unicodedata.normalize("NFKC", text).replace("’", "'").lower()
    return [w.strip("'") for w in _WORD.findall(folded) if w.strip("'")]


def shingles(text: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """The sorted, distinct 64-bit hashes of the ``k``-word windows of ``text``."""
    ws = words(text)
    if len(ws) < k:
        return np.zeros(0, dtype=np.uint64)
    grams = {xxhash.xxh64_intdigest(" ".join(ws[i : i + k]).encode()) for i in range(len(ws) - k + 1)}
    return np.array(sorted(grams), dtype=np.uint64)


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

    @property
    def sizes(self) -> np.ndarray:
        return np.diff(self.starts)

    def __len__(self) -> int:
        return len(self.starts) - 1


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
