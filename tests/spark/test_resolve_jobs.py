"""The Spark identity and cluster jobs give exactly what resolve_speakers and cluster_quotes give."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quotegraph.resolve import ClusterSettings, Mention, cluster_quotes, resolve_speakers
from quotegraph.resolve.clusters import speaker_key
from quotegraph.resolve.names import parse_name
from quotegraph.spark.clusters import bucket_pairs, run_clusters
from quotegraph.spark.extract_job import resolved_path, table_path
from quotegraph.spark.identity import run_identity
from quotegraph.spark.load import rows
from quotegraph.spark.tables import MENTIONS, QUOTE_CLUSTERS, QUOTE_SPEAKERS, QUOTES, SPEAKERS, ddl

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


def write(spark: Any, path: str, table: str, data: list[tuple[Any, ...]]) -> None:
    spark.createDataFrame(data, schema=ddl(table)).write.mode("overwrite").parquet(path)


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


NAMES = [
    ("Ingrid Solberg", "mayor", "Fjord Times"), ("Solberg", None, "Fjord Times"), ("Ingrid Solberg", None, "Coast Daily"),
    ("Erik Solberg", "fisherman", "Coast Daily"), ("Solberg", "fisherman", "Coast Daily"), ("Mr. Solberg", None, None),
    ("Steve Marlow", "envoy", "Wire"), ("Stephen Marlow", None, "Wire"), ("Marlow", "envoy", "Post"),
    ("a spokeswoman", None, "Post"), ("Dana Okafor", "minister", "Post"), ("Okafor", None, "Wire"),
]  # fmt: skip


@pytest.mark.parametrize("layout", ["current", "older"])
def test_identity_job_equals_resolve_speakers(spark: Any, tmp_path: Path, layout: str) -> None:
    """``older``: half the mentions written by an extract job whose mentions had no confidence (their
    quotes table has it), half by the current one; the speakers are the same."""
    out = str(tmp_path / "out")
    mentions = []
    for i, (speaker, role, outlet) in enumerate(NAMES):
        article = f"art{i // 2}"
        others = sorted(
            {"okafor", "solberg"} - {parse_name(speaker).surname_key} if parse_name(speaker) else set()
        )
        mentions.append(Mention(f"{article}-{i}", article, speaker, role, outlet, f"2024-05-0{1 + i % 5}T00:00:00",
                                frozenset(others if i % 2 else ())))  # fmt: skip
    named = [(m, parse_name(m.speaker)) for m in mentions]
    kind = {m.quote_id: "belief" if i % 3 == 1 else "statement" for i, m in enumerate(mentions)}
    confidence = {m.quote_id: 0.3 if i % 4 == 2 else 0.9 for i, m in enumerate(mentions)}
    data = [
        (m.quote_id, m.article_key, m.speaker, m.role, m.outlet, m.published_at, sorted(m.co_mentioned),
         p.surname_key, kind[m.quote_id], confidence[m.quote_id], "2024-05-01", "b")
        for m, p in named if p is not None
    ]  # fmt: skip
    if layout == "current":
        write(spark, table_path(out, MENTIONS), MENTIONS, data)
    else:
        old, new = data[::2], data[1::2]
        without = ddl(MENTIONS).replace("`confidence` DOUBLE, ", "")
        assert without != ddl(MENTIONS)
        for schema, part in ((without, [r[:9] + r[10:-1] + ("old",) for r in old]),
                             (ddl(MENTIONS), [r[:-1] + ("new",) for r in new])):  # fmt: skip
            frame = spark.createDataFrame(part, schema=schema)
            frame.write.mode("append").partitionBy("date", "batch").parquet(table_path(out, MENTIONS))
        quotes = [(m.quote_id, m.article_key, 0, 0, 1, "...", "direct", m.speaker, None, None, None, m.role, None,
                   None, None, None, None, confidence[m.quote_id], m.outlet, m.published_at, kind[m.quote_id],
                   None, None, "2024-05-01", "b") for m in mentions]  # fmt: skip
        write(spark, table_path(out, QUOTES), QUOTES, quotes)

    report = run_identity(spark, out, partitions=2)

    expected = resolve_speakers(mentions)
    found = {
        r[0]: r[1:] for batch in rows(f"{out}/resolved", QUOTE_SPEAKERS, partitioned=False) for r in batch
    }
    assert found == {qid: (k.speaker_id, k.alias, k.reason) for qid, k in expected.links.items()}
    assert report.speakers == len(expected.names)
    # Each speaker's counts: statements at the default floor (0.5) in n_quotes, every kind in n_quotes_all.
    counts = {r[0]: (r[2], r[6]) for batch in rows(f"{out}/resolved", SPEAKERS, partitioned=False) for r in batch}
    links = expected.links.items()
    assert counts == {
        sid: (sum(k.speaker_id == sid and kind[q] == "statement" and confidence[q] >= 0.5 for q, k in links),
              sum(k.speaker_id == sid for _, k in links))
        for sid in expected.names
    }  # fmt: skip
    assert any(n < n_all for n, n_all in counts.values())
    unsure = {q for q, c in confidence.items() if kind[q] == "statement" and c < 0.5 and q in expected.links}
    assert unsure  # the floor is tested: some linked statements are below it
