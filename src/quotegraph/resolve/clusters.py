"""One cluster per statement: the same words reported by many outlets, verbatim or edited.

Candidates come from MinHash LSH: the signature is cut into bands of ``rows`` minima, and two
quotes are candidates when some band is equal in both. Two-row bands over 24 bands keep a
fragment of a longer quote (Jaccard 0.4 or so) a candidate with probability 0.98 while phrases
common to many quotes rarely collide. Within a band's bucket each quote is paired with its next
``window`` neighbours only, so even a huge bucket costs linear work, never all pairs.

Candidates are then verified: a cheap exact bound first (some of the shorter quote's shingles in
the longer), then a word alignment (``resolve.wording``) that tolerates a changed, added or dropped
word, an elision and a part quoted, so an altered report stays with its statement. Speakers decide
the rest: two different speakers never share a cluster, whether resolved to an identity or only
named ("a spokeswoman for the party"); a paraphrase joins a direct quote, and a short quote (two
to four words, too short to sign) joins another, only when both have the same known speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from quotegraph.resolve.minhash import ShingleSets, signatures
from quotegraph.resolve.names import fold
from quotegraph.resolve.wording import Words, matches

_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True)
class ClusterSettings:
    num_perm: int = 48
    rows: int = 2
    """Minima per LSH band; ``num_perm // rows`` bands."""
    window: int = 4
    min_shingles: int = 3
    """A quote with fewer shingles (five words) is signed by its words instead: see ``short_words``."""
    containment: float = 0.25
    """Share of the shorter quote's shingles that must appear in the longer one before aligning:
    a one-word change costs up to three shingles of ten or so."""
    tolerance: float = 0.2
    """Share of the shorter quote's words that may be altered (one at least) for one statement."""
    paraphrase_tolerance: float = 0.5
    """The same for a paraphrase and another report of the same speaker."""
    unknown_altered: int = 1
    """Words that may be altered at most when a speaker is unknown: "number 5 ... the 5th" and "number 7
    ... the 7th" are two statements unless one speaker said both."""
    short_words: tuple[int, int] = (2, 4)
    """Quotes of this many words cluster when their words and their known speaker are the same."""


def cluster_quotes(
    texts: Sequence[str],
    speakers: Sequence[str | None] | None = None,
    settings: ClusterSettings | None = None,
    direct: Sequence[bool] | None = None,
) -> np.ndarray:
    """A cluster label per quote: the index of the cluster's first quote (singletons label themselves).

    ``speakers``: who said each quote, a resolved identity or a name as given (``None``: unknown);
    a cluster never holds two different ones. ``direct``: whether each quote is a direct quotation
    (all are when not given); a paraphrase joins a direct quote only with the same known speaker.
    """
    cfg = settings or ClusterSettings()
    n = len(texts)
    who = speaker_codes(speakers, n)
    is_direct = np.ones(n, dtype=bool) if direct is None else np.asarray(direct, dtype=bool)
    all_sets = ShingleSets.from_texts(texts)
    usable = np.flatnonzero(all_sets.sizes >= cfg.min_shingles)
    short = short_pairs(texts, np.flatnonzero(all_sets.sizes < cfg.min_shingles), who, cfg)
    pairs = np.zeros((0, 2), dtype=np.int64)
    if len(usable) >= 2:
        sets = all_sets.subset(usable)
        del all_sets
        pairs = candidate_pairs(signatures(sets, cfg.num_perm), cfg.window, cfg.rows)
        share = containment(sets, pairs)
        near = share >= cfg.containment
        pairs, share = usable[pairs[near]], share[near]
        pairs = pairs[verify_pairs(texts, who, is_direct, pairs, share, cfg)]
    if len(short):
        pairs = np.concatenate([pairs, short])
        pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]
    return _components(np.arange(n, dtype=np.int64), who, pairs[:, 0], pairs[:, 1])


def speaker_key(speaker_id: str | None, speaker: str | None) -> str | None:
    """Who said a quote, for clustering: the resolved identity, else the speaker as the article names
    one it does not resolve ("a spokeswoman for the party", "officials"), else unknown (``None``)."""
    if speaker_id is not None:
        return speaker_id
    return f"named:{fold(speaker)}" if speaker and speaker.strip() else None


def speaker_codes(speakers: Sequence[str | None] | None, n: int) -> np.ndarray:
    """A number per speaker (in sorted order), -1 for unknown."""
    if speakers is None:
        return np.full(n, -1, dtype=np.int64)
    codes = {sp: i for i, sp in enumerate(sorted({s for s in speakers if s is not None}))}
    return np.array([codes[s] if s is not None else -1 for s in speakers], dtype=np.int64)


def allowed(
    who: tuple[int, int], direct: tuple[bool, bool], cfg: ClusterSettings
) -> tuple[float, int | None] | None:
    """What two candidate reports' speakers allow: ``None`` if they can never be one statement, else
    the share of words that may be altered and a cap on it (``matches``' tolerance and at_most)."""
    known_same = who[0] >= 0 and who[0] == who[1]
    if who[0] >= 0 and who[1] >= 0 and not known_same:
        return None
    if direct[0] != direct[1] and not known_same:
        return None
    if known_same:
        return (cfg.tolerance if direct[0] and direct[1] else cfg.paraphrase_tolerance), None
    return cfg.tolerance, cfg.unknown_altered


def same_statement(
    a: Callable[[], Words], b: Callable[[], Words], who: tuple[int, int], direct: tuple[bool, bool],
    contained: float, cfg: ClusterSettings,
) -> bool:
    """Whether two candidate reports are one statement: their speakers allow it, and every shingle of
    the shorter is in the longer (``contained`` 1: an excerpt) or their words align (``matches``).
    ``a`` and ``b`` give the words, only when needed."""
    rule = allowed(who, direct, cfg)
    if rule is None:
        return False
    return contained >= 1.0 or matches(a(), b(), *rule)


def verify_pairs(
    texts: Sequence[str],
    who: np.ndarray,
    direct: np.ndarray,
    pairs: np.ndarray,
    contained: np.ndarray,
    cfg: ClusterSettings,
) -> np.ndarray:
    """Which candidate pairs (rows of indices into ``texts``, with their shingle containment) are one
    statement."""
    cache: dict[int, Words] = {}

    def words_of(i: int) -> Callable[[], Words]:
        def get() -> Words:
            found = cache.get(i)
            if found is None:
                found = cache[i] = Words.of(texts[i])
            return found

        return get

    keep = np.zeros(len(pairs), dtype=bool)
    w, d = who.tolist(), direct.tolist()
    for k, ((i, j), c) in enumerate(zip(pairs.tolist(), contained.tolist(), strict=True)):
        keep[k] = same_statement(words_of(i), words_of(j), (w[i], w[j]), (d[i], d[j]), c, cfg)
    return keep


def short_words(text: str, cfg: ClusterSettings) -> tuple[str, ...] | None:
    """The words of a short quote (``cfg.short_words``, no elision), or ``None`` for any other."""
    found = Words.of(text)
    lo, hi = cfg.short_words
    return found.words if not found.gaps and lo <= len(found) <= hi else None


def short_pairs(texts: Sequence[str], few: np.ndarray, who: np.ndarray, cfg: ClusterSettings) -> np.ndarray:
    """(first, other) pairs of the short quotes with the same words and the same known speaker."""
    first: dict[tuple[int, tuple[str, ...]], int] = {}
    out: list[tuple[int, int]] = []
    for i in few.tolist():
        found = short_words(texts[i], cfg) if who[i] >= 0 else None
        if found is None:
            continue
        key = (int(who[i]), found)
        if key in first:
            out.append((first[key], i))
        else:
            first[key] = i
    return np.array(out, dtype=np.int64).reshape(-1, 2)


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
