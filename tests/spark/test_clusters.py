"""The cluster job (``clusters.py``) gives exactly what ``cluster_quotes`` gives: its LSH buckets are the
single-machine window, and its connected components (on the driver or distributed) the union-find's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quotegraph.resolve import ClusterSettings, cluster_quotes
from quotegraph.resolve.clusters import speaker_key
from quotegraph.spark.clusters import bucket_pairs, components_on_driver, run_clusters
from quotegraph.spark.extract_job import resolved_path, table_path
from quotegraph.spark.load import rows
from quotegraph.spark.tables import QUOTE_CLUSTERS, QUOTE_SPEAKERS, QUOTES

from .stores import write_table as write

FARM = "We will not accept any deal that leaves our farmers worse off than they were last year."
PORT = "The port will stay open through the winter and every ship will be unloaded on time."
RAIL = "Nobody should expect the new rail line to open before the summer of next year at the earliest."

# (quote id, speaker id or None, text): copies of one statement beyond the LSH window, the same words
# from two different known speakers, fragments, light edits, and quotes too short to cluster.
QUOTES_CASES: list[tuple[str, str | None, str]] = (
    [(f"a{i:02d}-0", "sp-farmer" if i % 3 else None, FARM) for i in range(14)]
    + [("b01-0", "sp-mayor", PORT), ("b02-0", "sp-harbour", PORT), ("b03-0", None, PORT.upper())]
    + [("b04-0", "sp-mayor", "The port will stay open through the winter")]
    + [("c01-0", None, RAIL), ("c02-0", None, RAIL.replace("summer", "autumn")), ("c03-0", None, "No.")]
    + [("d01-0", None, "Prices at the market rose again this week, traders said on Monday.")]
)


def test_bucket_pairs_are_the_window_over_ids() -> None:
    cfg = ClusterSettings()
    pairs = list(bucket_pairs([f"q{i}" for i in (3, 1, 2, 0)], cfg))
    assert sorted(pairs) == [
        ("q0", "q1"),
        ("q0", "q2"),
        ("q0", "q3"),
        ("q1", "q2"),
        ("q1", "q3"),
        ("q2", "q3"),
    ]
    small = ClusterSettings(window=1)
    assert sorted(bucket_pairs(["q2", "q0", "q1"], small)) == [("q0", "q1"), ("q1", "q2")]


# (quote id, speaker id or None, text, type, speaker as named): what the verification decides beyond
# the words: one word changed, a paraphrase by the same and by an unknown speaker, a speaker named but
# not resolved, and short quotes by the same speaker, by another and by nobody known.
TEN = "The new line will carry ten thousand people a day by spring"
VERIFIED: list[tuple[str, str | None, str, str, str | None]] = [
    ("e01-0", "sp-mayor", TEN, "direct", "Ana Ruiz"),
    ("e02-0", None, TEN.replace("day", "week"), "direct", None),
    ("e03-0", "sp-mayor", TEN.replace("will", "would"), "indirect", "Ruiz"),
    ("e04-0", None, TEN.replace("will", "would"), "indirect", None),
    ("e05-0", None, TEN, "direct", "a spokeswoman for the opposition"),
    ("f01-0", "sp-flynn", "Lock her up", "direct", "Mike Flynn"),
    ("f02-0", "sp-flynn", "lock her up!", "direct", "Flynn"),
    ("f03-0", "sp-other", "Lock her up", "direct", "Ann Other"),
    ("f04-0", None, "Lock her up", "direct", None),
]


def test_cluster_job_equals_cluster_quotes(spark: Any, tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    cases = [(qid, sid, text, "direct", None) for qid, sid, text in QUOTES_CASES] + VERIFIED
    quotes = [
        (qid, qid.split("-")[0], 0, 0, 1, text, type_, named, None, None, None, None, None, None, None,
         None, None, 0.5, f"outlet-{i % 4}", f"2024-05-{1 + i % 9:02d}T00:00:00", "statement", None, None,
         "2024-05-01", "b")
        for i, (qid, _, text, type_, named) in enumerate(cases)
    ]  # fmt: skip
    write(spark, table_path(out, QUOTES), QUOTES, quotes)
    links = [(qid, sid, "alias", "full name") for qid, sid, *_ in cases if sid is not None]
    write(spark, resolved_path(out, QUOTE_SPEAKERS), QUOTE_SPEAKERS, links)

    report = run_clusters(spark, out, partitions=2, driver_pairs=0)  # the distributed components

    ordered = sorted(cases)
    who = [speaker_key(sid, named) for _, sid, _, _, named in ordered]
    direct = [type_ == "direct" for *_, type_, _ in ordered]
    labels = cluster_quotes([text for _, _, text, _, _ in ordered], who, direct=direct)
    by_id = dict(zip([c[0] for c in ordered], labels.tolist(), strict=True))
    assert by_id["e01-0"] == by_id["e02-0"] == by_id["e03-0"] != by_id["e05-0"]
    assert by_id["f01-0"] == by_id["f02-0"] and len({by_id[q] for q in ("f01-0", "f03-0", "f04-0")}) == 3
    expected = {case[0]: ordered[label][0] for case, label in zip(ordered, labels.tolist(), strict=True)}
    found = dict(r for batch in rows(f"{out}/resolved", QUOTE_CLUSTERS, partitioned=False) for r in batch)
    assert {case[0]: found.get(case[0], case[0]) for case in ordered} == expected
    assert len(set(expected.values())) < len(expected) - 10  # the cases really do cluster
    assert report.clusters == len({c for c in expected.values() if list(expected.values()).count(c) > 1})


def test_components_on_the_driver_label_each_node_with_its_smallest() -> None:
    pairs = [("q5", "q7"), ("q2", "q3"), ("q3", "q7"), ("q8", "q9"), ("q2", "q2")]
    assert components_on_driver(pairs) == [
        ("q2", "q2"), ("q3", "q2"), ("q5", "q2"), ("q7", "q2"), ("q8", "q8"), ("q9", "q8"),
    ]  # fmt: skip
    assert components_on_driver([]) == []
