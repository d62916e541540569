"""The adapters to single-machine code (``adapters.py``): the cluster job's union-find is
``cluster_quotes``' own, pairs taken in order, two known speakers never joined. (``apply_resolution``
writes what ``load`` loads with the jobs' resolution: tests/spark/test_load.py.)"""

from __future__ import annotations

from quotegraph.spark.adapters import union_components


def test_pairs_join_in_order_and_never_two_known_speakers() -> None:
    # Quotes 0 and 1 are two known speakers' (codes 0 and 1), 2 and 3 nobody's: 2 joins whoever it
    # pairs with first, and through it 3 joins the same cluster.
    assert union_components(4, [0, 1, -1, -1], [0, 1, 2, 1], [2, 2, 3, 3]).tolist() == [0, 1, 0, 0]
    assert union_components(4, [0, 1, -1, -1], [1, 0, 2, 1], [2, 2, 3, 3]).tolist() == [0, 1, 1, 1]
    assert union_components(4, [-1, -1, -1, -1], [1, 0], [2, 2]).tolist() == [0, 0, 0, 3]


def test_no_pairs_leave_every_quote_alone() -> None:
    assert union_components(3, [0, 0, -1], [], []).tolist() == [0, 1, 2]
