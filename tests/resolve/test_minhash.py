"""Word shingles and MinHash signatures (``minhash.py``), many texts at once: the same as one text at a
time, windows never crossing from one text into the next, and equal sets signed alike."""

from __future__ import annotations

import numpy as np
import pytest

from quotegraph.resolve.minhash import ShingleSets, shingles, signatures, words

TEXTS = [
    "We will not accept any deal that leaves our farmers worse off.",
    "No deal.",
    "",
    "The port will stay open through the winter, the port will stay open.",
    "We will not accept any deal that leaves our farmers worse off.",
]


def test_words_ignore_case_punctuation_and_typographic_quotes() -> None:
    assert words("“We’ll see,” she said... — NO!") == ["we'll", "see", "she", "said", "no"]


def test_words_keep_elisions_and_fold_compatibility_forms() -> None:
    assert words("Don’t say ＡＢＣ isn't l'état") == ["don't", "say", "abc", "isn't", "l'état"]


def test_many_texts_at_once_are_each_text_alone() -> None:
    sets = ShingleSets.from_texts(TEXTS)
    assert len(sets) == len(TEXTS)
    for i, text in enumerate(TEXTS):
        assert np.array_equal(np.sort(sets.flat[sets.starts[i] : sets.starts[i + 1]]), shingles(text))
    assert sets.sizes.tolist() == [10, 0, 0, 8, 10]  # "No deal.": two words, no 3-word window; 11 windows, 3 repeated


def test_windows_never_cross_from_one_text_into_the_next() -> None:
    assert ShingleSets.from_texts(["a b", "c d"]).sizes.tolist() == [0, 0]
    assert len(shingles("a b c d")) == 2


def test_shingles_are_sorted_and_distinct() -> None:
    found = shingles("a b c a b c")  # a b c, b c a, c a b, a b c
    assert len(found) == 3 and found.tolist() == sorted(found.tolist())


def test_a_subset_keeps_the_chosen_texts_sets() -> None:
    sets = ShingleSets.from_texts(TEXTS)
    kept = sets.subset(np.array([0, 3]))
    assert kept.sizes.tolist() == [10, 8]
    assert np.array_equal(kept.flat[kept.starts[1] :], sets.flat[sets.starts[3] : sets.starts[4]])


def test_equal_sets_have_equal_signatures_and_others_mostly_not() -> None:
    sets = ShingleSets.from_texts(TEXTS).subset(np.array([0, 3, 4]))
    sig = signatures(sets, num_perm=16)
    assert sig.shape == (3, 16) and sig.dtype == np.uint64
    assert np.array_equal(sig[0], sig[2])
    assert (sig[0] == sig[1]).sum() < 4
    assert np.array_equal(signatures(sets, num_perm=16), sig)  # the same seed, the same permutations
    assert not np.array_equal(signatures(sets, num_perm=16, seed=2), sig)


def test_a_text_without_shingles_cannot_be_signed() -> None:
    with pytest.raises(ValueError, match="every text needs at least one shingle"):
        signatures(ShingleSets.from_texts(["No deal.", TEXTS[0]]))
