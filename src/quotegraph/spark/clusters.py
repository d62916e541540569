"""Quote clustering as a Spark job: ``cluster_quotes``' own steps, split where the data splits.

1. Shingles and MinHash signatures per quote (``resolve.minhash``), a partition at a time; who
   said it (``speaker_key``: the resolved identity, else the speaker as named) and whether directly.
2. Candidates per LSH bucket (one band's ``rows`` minima, all equal): ``candidate_pairs`` on the
   bucket's quotes in id order is the single-machine window over that bucket, since quote ids
   order the quotes there too. Short quotes pair by (speaker, words), each with the group's first.
3. Verification per candidate pair: exact containment (``resolve.clusters.containment``), then the
   speakers and the word alignment (``resolve.clusters.same_statement``).
4. Connected components of the verified pairs (large-star / small-star), then the single-machine
   union-find, which keeps known speakers apart, on each component's pairs in id order. A component's
   result depends only on its own pairs, so the labels equal ``cluster_quotes`` over the whole corpus.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np

from quotegraph.corpus.summaries import summarise
from quotegraph.resolve import ClusterSettings, Resolution
from quotegraph.resolve.clusters import (
    candidate_pairs,
    containment,
    same_statement,
    short_words,
    speaker_codes,
    speaker_key,
)
from quotegraph.resolve.minhash import ShingleSets, signatures
from quotegraph.resolve.wording import Words
from quotegraph.spark.adapters import union_components
from quotegraph.spark.records import Tagged, quote_facts
from quotegraph.spark.tables import CLUSTERS, COLUMNS, QUOTE_CLUSTERS, QUOTE_SPEAKERS, QUOTES

CLUSTER_TABLES = (QUOTE_CLUSTERS, CLUSTERS)
DRIVER_PAIRS = 2_000_000
"""Verified pairs whose connected components are cheaper found on the driver (about 0.5 GB there)."""
Signed = tuple[str, np.ndarray, np.ndarray]
"""(quote id, sorted shingle hashes, MinHash signature)."""
Node = tuple[str, str | None, str | None, str | None]
"""(quote id, who said it (``speaker_key``), outlet, published_at)."""
About = tuple[str, bool, str | None]
"""(text, whether a direct quote, who said it)."""


@dataclass
class ClusterReport:
    linked: int = 0
    """Quotes in some verified pair."""
    pairs: int = 0
    clusters: int = 0


def sign(rows: Iterable[tuple[str, str]], cfg: ClusterSettings) -> Iterator[Signed]:
    """Quotes with enough shingles to cluster, with their signatures, computed in one numpy pass."""
    batch = list(rows)
    if not batch:
        return
    every = ShingleSets.from_texts([text for _, text in batch])
    usable = np.flatnonzero(every.sizes >= cfg.min_shingles)
    if not len(usable):
        return
    sets = every.subset(usable)
    sig = signatures(sets, cfg.num_perm)
    for k, i in enumerate(usable.tolist()):
        yield batch[i][0], sets.flat[sets.starts[k] : sets.starts[k + 1]], sig[k]


def short_groups(
    rows: Iterable[tuple[str, str, str | None]], cfg: ClusterSettings
) -> Iterator[tuple[tuple[str, tuple[str, ...]], str]]:
    """((who, words), quote id) for the quotes too short to sign whose speaker is known, as
    ``cluster_quotes`` groups them: (id, text, who) rows, a partition at a time."""
    batch = [r for r in rows if r[2] is not None]
    if not batch:
        return
    sizes = ShingleSets.from_texts([text for _, text, _ in batch]).sizes
    for (qid, text, who), size in zip(batch, sizes.tolist(), strict=True):
        found = short_words(text, cfg) if size < cfg.min_shingles else None
        if found is not None and who is not None:
            yield (who, found), qid


def first_pairs(ids: Iterable[str]) -> Iterator[tuple[str, str]]:
    """The group's first id (in id order) with each other one."""
    ordered = sorted(ids)
    for other in ordered[1:]:
        yield ordered[0], other


def buckets(signed: Signed, cfg: ClusterSettings) -> Iterator[tuple[tuple[int, tuple[int, ...]], str]]:
    """((band, the band's minima), quote id) for every band of a signature."""
    qid, _, sig = signed
    values = sig.tolist()
    for band in range(cfg.num_perm // cfg.rows):
        yield (band, tuple(values[band * cfg.rows : (band + 1) * cfg.rows])), qid


def bucket_pairs(ids: Iterable[str], cfg: ClusterSettings) -> Iterator[tuple[str, str]]:
    """One LSH bucket's candidate pairs: each quote with its next ``window`` neighbours in id order."""
    ordered = sorted(ids)
    if len(ordered) < 2:
        return
    same = np.zeros((len(ordered), cfg.rows), dtype=np.uint64)
    for i, j in candidate_pairs(same, cfg.window, cfg.rows).tolist():
        yield ordered[i], ordered[j]


def verify(
    items: Iterable[tuple[str, str, tuple[np.ndarray, About], tuple[np.ndarray, About]]], cfg: ClusterSettings
) -> Iterator[tuple[str, str]]:
    """The candidate pairs that are one statement: enough of the shorter's shingles in the longer,
    then ``same_statement`` on their words and speakers, as ``cluster_quotes`` verifies them."""
    batch = list(items)
    if not batch:
        return
    sets = ShingleSets.build([s for _, _, (sa, _), (sb, _) in batch for s in (sa, sb)])
    index = np.arange(len(batch), dtype=np.int64) * 2
    share = containment(sets, np.stack([index, index + 1], axis=1))
    for (a, b, (_, about_a), (_, about_b)), c in zip(batch, share.tolist(), strict=True):
        if c < cfg.containment:
            continue
        (text_a, direct_a, who_a), (text_b, direct_b, who_b) = about_a, about_b
        who = speaker_codes([who_a, who_b], 2).tolist()
        words_a, words_b = partial(Words.of, text_a), partial(Words.of, text_b)
        if same_statement(words_a, words_b, (who[0], who[1]), (direct_a, direct_b), c, cfg):
            yield a, b


def cluster_component(nodes: list[Node], pairs: list[tuple[str, str]]) -> Iterator[Tagged]:
    """The single-machine union-find on one connected component: quote clusters and cluster rows."""
    nodes = sorted(nodes)
    at = {n[0]: i for i, n in enumerate(nodes)}
    codes = {s: i for i, s in enumerate(sorted({n[1] for n in nodes if n[1] is not None}))}
    who = [codes[n[1]] if n[1] is not None else -1 for n in nodes]
    ordered = sorted((at[a], at[b]) for a, b in pairs)
    labels = union_components(len(nodes), who, [a for a, _ in ordered], [b for _, b in ordered])
    for node, label in zip(nodes, labels.tolist(), strict=True):
        yield QUOTE_CLUSTERS, (node[0], nodes[label][0])
    facts = [
        quote_facts({"id": n[0], "article_key": "", "outlet": n[2], "published_at": n[3]}) for n in nodes
    ]
    unlinked: list[str | None] = [None] * len(nodes)
    width = len(COLUMNS[CLUSTERS])  # the counts the Spark table keeps; the store's are made on loading
    for row in summarise(facts, unlinked, labels, Resolution({}, {}), wordings={}).clusters:
        yield CLUSTERS, row[:width]


def connected_components(edges: Any, partitions: int, max_rounds: int = 64) -> Any:
    """(node, smallest node of its component) for every node of an edge RDD, by alternating
    large-star and small-star rounds (Kiveris et al., 2014) until every component is a star."""
    from pyspark import StorageLevel

    n = partitions
    current = edges.map(lambda p: (max(p), min(p))).distinct(n).persist(StorageLevel.MEMORY_AND_DISK)
    for _ in range(max_rounds):
        if _is_star_forest(current, n):
            break
        following = _small_star(_large_star(current, n), n).persist(StorageLevel.MEMORY_AND_DISK)
        following.count()
        current.unpersist()
        current = following
    else:
        raise RuntimeError(f"connected components did not converge in {max_rounds} rounds")
    roots = current.values().distinct(n).map(lambda r: (r, r))
    return current.union(roots).coalesce(n)


def _both_ways(edges: Any, n: int) -> Any:
    return edges.flatMap(lambda p: [(p[0], p[1]), (p[1], p[0])]).groupByKey(n)


def _large_star(edges: Any, n: int) -> Any:
    def emit(kv: tuple[str, Iterable[str]]) -> Iterator[tuple[str, str]]:
        u, near = kv[0], set(kv[1])
        m = min(near | {u})
        return ((v, m) for v in near if v > u)

    return _both_ways(edges, n).flatMap(emit).distinct(n)


def _small_star(edges: Any, n: int) -> Any:
    def emit(kv: tuple[str, Iterable[str]]) -> Iterator[tuple[str, str]]:
        u = kv[0]
        low = {v for v in kv[1] if v < u} | {u}
        m = min(low)
        return ((v, m) for v in low if v != m)

    return _both_ways(edges, n).flatMap(emit).distinct(n)


def _is_star_forest(edges: Any, n: int) -> bool:
    """Every edge is (leaf, centre): no node is both, and no leaf has two centres."""
    roles = edges.flatMap(lambda p: [(p[0], 1), (p[1], 0)]).groupByKey(n)
    return bool(roles.filter(lambda kv: _not_a_star(list(kv[1]))).isEmpty())


def _not_a_star(roles: list[int]) -> bool:
    leaf = sum(roles)
    return leaf > 1 or (leaf == 1 and len(roles) > 1)


def components_on_driver(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(node, smallest node of its component) by plain union-find, for pair sets that fit in memory."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = parent.setdefault(x, x)
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [(x, find(x)) for x in sorted(parent)]


def run_clusters(
    spark: Any,
    out: str,
    settings: ClusterSettings | None = None,
    partitions: int | None = None,
    driver_pairs: int = DRIVER_PAIRS,
) -> ClusterReport:
    """``driver_pairs``: up to this many verified pairs, connected components are found on the driver
    (one collect instead of several shuffles per round); above it, by large-star / small-star."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from quotegraph.spark.extract_job import resolved_path, table_path, write_resolved

    cfg = settings or ClusterSettings()
    sc = spark.sparkContext
    n_parts = partitions or max(2, sc.defaultParallelism * 2)
    quotes = (
        spark.read.parquet(table_path(out, QUOTES))
        .select("id", "text", "type", "speaker", "outlet", "published_at")
        .dropDuplicates(["id"])
    )
    try:
        links = spark.read.parquet(resolved_path(out, QUOTE_SPEAKERS))
        speakers = links.select(F.col("quote_id").alias("id"), "speaker_id")
    except Exception as exc:  # AnalysisException: no identity output yet
        missing = resolved_path(out, QUOTE_SPEAKERS)
        raise RuntimeError(f"run the identity job first: {missing} is missing") from exc
    table = (
        quotes.join(speakers, "id", "left")
        .rdd.map(lambda r: (r["id"], r["text"] or "", r["type"] == "direct",
                            speaker_key(r["speaker_id"], r["speaker"]), r["outlet"], r["published_at"]))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )  # fmt: skip
    about = table.map(lambda r: (r[0], (r[1], r[2], r[3])))

    signed = table.map(lambda r: (r[0], r[1])).mapPartitions(lambda part: sign(part, cfg)).persist(
        StorageLevel.MEMORY_AND_DISK
    )
    bands = signed.flatMap(lambda x: buckets(x, cfg))
    candidates = bands.groupByKey(numPartitions=n_parts).flatMap(lambda kv: bucket_pairs(kv[1], cfg))
    shingled = signed.map(lambda x: (x[0], x[1])).join(about, n_parts)
    verified = (
        candidates.distinct(n_parts)
        .join(shingled, n_parts)
        .map(lambda kv: (kv[1][0], (kv[0], kv[1][1])))
        .join(shingled, n_parts)
        .map(lambda kv: (kv[1][0][0], kv[0], kv[1][0][1], kv[1][1]))
        .mapPartitions(lambda part: verify(part, cfg))
    )
    short = (
        table.map(lambda r: (r[0], r[1], r[3]))
        .mapPartitions(lambda part: short_groups(part, cfg))
        .groupByKey(numPartitions=n_parts)
        .flatMap(lambda kv: first_pairs(kv[1]))
    )
    verified = verified.union(short).persist(StorageLevel.MEMORY_AND_DISK)
    n_pairs = verified.count()

    if n_pairs > driver_pairs:
        component = connected_components(verified, n_parts)
    else:
        component = sc.parallelize(components_on_driver(verified.collect()), n_parts)
    nodes = table.map(lambda r: (r[0], (r[0], r[3], r[4], r[5])))
    members = component.join(nodes, n_parts).map(lambda kv: (kv[1][0], ("n", kv[1][1])))
    links_of = (
        verified.map(lambda p: (p[0], p)).join(component, n_parts).map(lambda kv: (kv[1][1], ("e", kv[1][0])))
    )
    tagged = (
        members.union(links_of)
        .groupByKey(numPartitions=n_parts)
        .flatMap(lambda kv: _component(kv[1]))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    counts = tagged.map(lambda t: t[0]).countByValue()
    write_resolved(spark, tagged, out, CLUSTER_TABLES)
    for cached in (tagged, verified, signed, table):
        cached.unpersist()
    return ClusterReport(counts.get(QUOTE_CLUSTERS, 0), n_pairs, counts.get(CLUSTERS, 0))


def _component(items: Iterable[tuple[str, Any]]) -> Iterator[Tagged]:
    nodes: list[Node] = []
    pairs: list[tuple[str, str]] = []
    for kind, value in items:
        if kind == "n":
            nodes.append(value)
        else:
            pairs.append(value)
    return cluster_component(nodes, pairs)
