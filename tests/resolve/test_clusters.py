"""The same statement reported by several outlets forms one cluster; different statements do not."""

from __future__ import annotations

import numpy as np

from quotegraph.resolve import ClusterSettings, cluster_quotes
from quotegraph.resolve.clusters import candidate_pairs, containment
from quotegraph.resolve.minhash import ShingleSets, shingles, signatures

FULL = "We will not accept any deal that leaves our farmers worse off than they were last year."


def labels(texts: list[str], speakers: list[str | None] | None = None) -> list[int]:
    return cluster_quotes(texts, speakers).tolist()


def test_verbatim_and_punctuation_edits_cluster() -> None:
    texts = [
        FULL,
        FULL.upper(),
        "We will not accept any deal, that leaves our farmers worse-off than they were last year",
    ]
    assert labels(texts) == [0, 0, 0]


def test_elision_and_fragment_cluster_with_the_full_quote() -> None:
    texts = [
        "The weather on the coast will be stormy all weekend, forecasters warned.",
        FULL,
        "We will not accept any deal ... than they were last year.",
        "any deal that leaves our farmers worse off",
    ]
    assert labels(texts) == [0, 1, 1, 1]


def test_a_shared_common_phrase_is_not_the_same_statement() -> None:
    texts = [
        "We are going to win this election because people want change in this country.",
        "We are going to build a new bridge across the river before the end of the decade.",
    ]
    assert labels(texts) == [0, 1]


def test_short_quotes_of_unknown_speakers_join_no_cluster() -> None:
    assert labels(["No comment.", "No comment.", "No comment at all."]) == [0, 1, 2]


def test_different_known_speakers_are_never_joined() -> None:
    texts = [FULL, FULL, FULL]
    assert labels(texts, ["sp-farmer", "sp-minister", None]) == [0, 1, 0]


def test_a_statement_reported_far_more_often_than_the_bucket_window_is_one_cluster() -> None:
    texts = [
        FULL if i % 2 == 0 else f"Unrelated remark number {i} about the {i}th budget line item"
        for i in range(60)
    ]
    got = labels(texts)
    assert {got[i] for i in range(0, 60, 2)} == {0}
    assert [got[i] for i in range(1, 60, 2)] == list(range(1, 60, 2))


def test_containment_counts_the_smaller_sets_shingles_found_in_the_larger() -> None:
    sets = ShingleSets.build([shingles("a b c d e f"), shingles("c d e f g h"), shingles("x y z w")])
    pairs = np.array([[0, 1], [0, 2]])
    assert containment(sets, pairs).tolist() == [0.5, 0.0]


def test_candidate_pairs_come_from_equal_minima_only() -> None:
    sets = ShingleSets.build(
        [shingles(FULL), shingles("something else entirely said here today"), shingles(FULL)]
    )
    assert candidate_pairs(signatures(sets, num_perm=8), window=4).tolist() == [[0, 2]]


def test_settings_change_how_close_is_close_enough() -> None:
    texts = [FULL, "We will never accept any deal that leaves our farmers worse off than they were last spring."]
    same = ["sp-minister", "sp-minister"]
    assert cluster_quotes(texts, same).tolist() == [0, 0]  # two words of 17 altered, one speaker
    assert cluster_quotes(texts, same, settings=ClusterSettings(tolerance=0.1)).tolist() == [0, 1]


TEN = "The new line will carry ten thousand people a day by spring"


def test_a_one_word_change_in_a_ten_word_quote_stays_in_its_cluster() -> None:
    changed = TEN.replace("day", "week")
    assert labels([TEN, changed]) == [0, 0]
    assert labels([TEN, changed.replace("will", "would")]) == [0, 1]  # two words, no speaker known


def test_words_dropped_without_an_ellipsis_stay_in_the_cluster() -> None:
    assert labels([TEN, TEN.replace("thousand ", "")]) == [0, 0]


def test_a_phrase_shared_by_one_speakers_two_statements_is_not_one_statement() -> None:
    texts = ["It's going to be a race to the finish", "Charlotte is going to be a big sister next summer",
             "It's going to be a race", "going to be a race"]  # fmt: skip
    assert labels(texts, ["sp-clinton"] * 4) == [0, 1, 0, 0]


def test_a_named_but_unresolved_speaker_differs_from_a_resolved_one() -> None:
    texts = [FULL, FULL.replace("farmers", "workers")]
    assert labels(texts, ["sp-minister", "named:a spokeswoman for the party"]) == [0, 1]
    assert labels(texts, ["sp-minister", None]) == [0, 0]


def test_a_paraphrase_joins_a_direct_quote_only_with_the_same_known_speaker() -> None:
    said = "they will not accept any deal that leaves our farmers worse off than they were last year"
    texts, direct = [FULL, said], [True, False]
    assert cluster_quotes(texts, ["sp-minister", "sp-minister"], direct=direct).tolist() == [0, 0]
    assert cluster_quotes(texts, [None, "sp-minister"], direct=direct).tolist() == [0, 1]
    assert cluster_quotes(texts, ["sp-host", "sp-minister"], direct=direct).tolist() == [0, 1]


def test_short_quotes_cluster_when_the_words_and_the_known_speaker_agree() -> None:
    texts = ["Lock her up", "lock her up!", "Lock her up.", "Lock her up", "Crooked Hillary"]
    speakers = ["sp-flynn", "sp-flynn", None, "sp-other", "sp-flynn"]
    assert labels(texts, speakers) == [0, 0, 2, 3, 4]
