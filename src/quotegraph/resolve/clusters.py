"""One cluster per statement: the same words reported by many outlets, verbatim or lightly edited.

Candidates come from MinHash LSH: the signature is cut into bands of ``rows`` minima, and two
quotes are candidates when some band is equal in both. Two-row bands over 24 bands keep a
fragment of a longer quote (Jaccard 0.4 or so) a candidate with probability 0.98 while phrases
common to many quotes rarely collide. Within a band's bucket each quote is paired with its next
``window`` neighbours only, so even a huge bucket costs linear work, never all pairs.
Candidates are then checked exactly: most of the shorter quote's shingles must be in the longer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from quotegraph.resolve.minhash import ShingleSets, signatures

_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True)
class ClusterSettings:
    num_perm: int = 48
    rows: int = 2
    """Minima per LSH band; ``num_perm // rows`` bands."""
    window: int = 4
    min_shingles: int = 2
    """A quote shorter than this many shingles (four words) joins no cluster."""
    containment: float = 0.5
    """Share of the shorter quote's shingles that must appear in the longer one."""


def cluster_quotes(
    texts: Sequence[str],
    speakers: Sequence[str | None] | None = None,
    settings: ClusterSettings | None = None,
) -> np.ndarray:
    """A cluster label per quote: the index of the cluster's first quote (singletons label themselves).

    A cluster never holds quotes of two different known speakers (``None`` is unknown).
    """
    cfg = settings or ClusterSettings()
    n = len(texts)
    all_sets = ShingleSets.from_texts(texts)
    usable = np.flatnonzero(all_sets.sizes >= cfg.min_shingles)
    parent = np.arange(n, dtype=np.int64)
    if len(usable) < 2:
        return parent
    sets = all_sets.subset(usable)
    del all_sets
    pairs = candidate_pairs(signatures(sets, cfg.num_perm), cfg.window, cfg.rows)
    pairs = pairs[containment(sets, pairs) >= cfg.containment]
    a, b = usable[pairs[:, 0]], usable[pairs[:, 1]]
    codes = {sp: i for i, sp in enumerate(sorted({s for s in speakers or () if s is not None}))}
    who = np.array([codes[s] if s is not None else -1 for s in speakers or [None] * n], dtype=np.int64)
    return _components(parent, who, a, b)


def candidate_pairs(sig: np.ndarray, window: int, rows: int = 2) -> np.ndarray:
    """Distinct (i, j), i < j, equal in some band of ``rows`` minima and within ``window`` in its bucket."""
    found = []
    n = sig.shape[0]
    for band in range(sig.shape[1] // rows):
        key = sig[:, band * rows].copy()
        with np.errstate(over="ignore"):
            for r in range(1, rows):
                key = key * _MIX ^ sig[:, band * rows + r]
        order = np.argsort(key, kind="stable")
        ranked = key[order]
        for d in range(1, min(window, n - 1) + 1):
            same = ranked[d:] == ranked[:-d]
            if not same.any():
                break
            i, j = order[:-d][same], order[d:][same]
            found.append(np.minimum(i, j) * n + np.maximum(i, j))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(found))
    return np.stack([codes // n, codes % n], axis=1)


def containment(sets: ShingleSets, pairs: np.ndarray, chunk: int = 1_000_000) -> np.ndarray:
    """For each pair, the share of the smaller set's shingles found in the other, exactly."""
    owner = np.repeat(np.arange(len(sets), dtype=np.uint64), sets.sizes)
    keys = np.sort(_key(owner, sets.flat))
    out = np.zeros(len(pairs), dtype=np.float64)
    sizes = sets.sizes
    for lo in range(0, len(pairs), chunk):
        p = pairs[lo : lo + chunk]
        swap = sizes[p[:, 0]] > sizes[p[:, 1]]
        small = np.where(swap, p[:, 1], p[:, 0])
        large = np.where(swap, p[:, 0], p[:, 1])
        counts = sizes[small]
        row = np.repeat(np.arange(len(p)), counts)
        offset = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        probe = _key(large[row].astype(np.uint64), sets.flat[sets.starts[small][row] + offset])
        at = np.minimum(np.searchsorted(keys, probe), len(keys) - 1)
        hits = np.bincount(row, weights=(keys[at] == probe), minlength=len(p))
        out[lo : lo + len(p)] = hits / counts
    return out


def _key(owner: np.ndarray, shingle: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return (shingle ^ (owner * _MIX)) * _MIX


def _components(parent: np.ndarray, who: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Union-find over the pairs, in order; a cluster never holds two different known speakers.

    Every label ends as the smallest index of its component.
    """
    speaker = who.copy()  # per root: the component's known speaker, or -1

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for i, j in zip(a.tolist(), b.tolist(), strict=True):
        ri, rj = find(i), find(j)
        if ri == rj or (speaker[ri] >= 0 and speaker[rj] >= 0 and speaker[ri] != speaker[rj]):
            continue
        low, high = min(ri, rj), max(ri, rj)
        parent[high] = low
        speaker[low] = max(speaker[ri], speaker[rj])
    return np.array([find(i) for i in range(len(parent))], dtype=np.int64)
