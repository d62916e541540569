"""Store benchmark: bulk insert, search latency, speaker profiles and clustering on generated quotes.

    python benchmarks/store.py                      # 1,000,000 quotes in 200,000 articles, SQLite
    python benchmarks/store.py --quotes 50000       # small
    python benchmarks/store.py --postgres URL       # the same on PostgreSQL (an empty database)

The data is generated (nothing is extracted): people drawn with a skewed popularity, some sharing
surnames, named in full, with a title or by surname alone; a third of the quotes re-report an
earlier statement of the same person verbatim, re-punctuated, cut to a fragment or with an elision.
Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from quotegraph.corpus.resolving import load_quotes, mentions, resolve_corpus
from quotegraph.resolve import cluster_quotes, resolve_speakers
from quotegraph.store import Store, open_store
from quotegraph.store.base import ARTICLE_COLUMNS
from quotegraph.store.queries import find_speakers, search, speaker_profile

FIRST = ("Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kira", "Luca",
         "Maya", "Nils", "Olga", "Pavel", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wim", "Xenia", "Yusuf",
         "Zora", "Adam", "Beth", "Cyrus", "Dina", "Emil")  # fmt: skip
ROLES = ("minister", "senator", "mayor", "spokeswoman", "envoy", "chief executive", "union leader",
         "professor", "governor", "coach", "judge", "ambassador")  # fmt: skip
SYLLABLES = ("ka", "lo", "mi", "ren", "tu", "sa", "vel", "dor", "an", "is", "ber", "gan", "to", "fi", "mar",
             "len", "os", "ul", "tre", "ko")  # fmt: skip


@dataclass
class Data:
    articles: list[tuple]
    quotes: list[tuple]
    people: list[str]
    vocab: list[str]


def pseudo_words(rng: np.random.Generator, n: int, syllables: tuple[int, int]) -> list[str]:
    seen: dict[str, None] = {}
    while len(seen) < n:
        k = int(rng.integers(*syllables))
        seen["".join(SYLLABLES[i] for i in rng.integers(0, len(SYLLABLES), k))] = None
    return list(seen)


def generate(n_quotes: int, n_articles: int, seed: int = 7) -> Data:
    rng = np.random.default_rng(seed)
    vocab = pseudo_words(rng, 30_000, (2, 5))
    surnames = [w.capitalize() for w in pseudo_words(rng, 3_000, (2, 4))]
    n_people = max(50, n_quotes // 200)
    people = [
        f"{FIRST[rng.integers(len(FIRST))]} {surnames[rng.integers(len(surnames))]}" for _ in range(n_people)
    ]
    roles = [ROLES[i] for i in rng.integers(0, len(ROLES), n_people)]
    outlets = [f"{w.capitalize()} {kind}" for w, kind in zip(pseudo_words(rng, 60, (2, 3)),
               ["Times", "Post", "Herald", "News"] * 15, strict=True)]  # fmt: skip
    # Zipf-ish word and speaker popularity.
    word_p = 1 / np.arange(1, len(vocab) + 1) ** 1.05
    word_p /= word_p.sum()
    who_p = 1 / np.arange(1, n_people + 1) ** 0.9
    who_p /= who_p.sum()
    lengths = rng.integers(8, 30, n_quotes)
    words = rng.choice(len(vocab), size=int(lengths.sum()), p=word_p)
    speakers = rng.choice(n_people, size=n_quotes, p=who_p)
    article_of = np.sort(rng.integers(0, n_articles, n_quotes))
    days = rng.integers(0, 730, n_articles)
    dates = [f"{2024 + d // 365}-{1 + d % 365 // 31:02d}-{1 + d % 28:02d}T12:00:00" for d in days.tolist()]
    said: dict[int, list[str]] = {}
    quotes: list[tuple] = []
    pos = 0
    per_article = np.zeros(n_articles, dtype=np.int64)
    for i in range(n_quotes):
        person = int(speakers[i])
        earlier = said.get(person)
        roll = rng.random()
        if earlier and roll < 0.33:
            text = variant(earlier[int(rng.integers(len(earlier)))], rng)
        else:
            text = " ".join(vocab[w] for w in words[pos : pos + lengths[i]]).capitalize() + "."
            said.setdefault(person, []).append(text)
        pos += lengths[i]
        name, role, form = people[person], roles[person], rng.random()
        mention = name if form < 0.7 else f"{role.title()} {name}" if form < 0.85 else name.split()[-1]
        a = int(article_of[i])
        k = int(per_article[a])
        per_article[a] += 1
        key = f"b{a:07d}"
        kind = "direct" if roll < 0.8 else "indirect"
        given_role = role if form < 0.5 else None
        speaker = (mention, None, None, None, given_role, "said", None, None, None, None, 0.9)
        quotes.append(
            (f"{key}-{k}", key, k, 0, len(text), text, kind, *speaker, outlets[a % len(outlets)], dates[a],
             "statement", "person", None)
        )  # fmt: skip
    articles = [(f"b{a:07d}", f"gen-{a}", "generated", None, outlets[a % len(outlets)], None, dates[a], None,
                 "(generated)", int(per_article[a])) for a in range(n_articles)]  # fmt: skip
    return Data(articles, quotes, people, vocab)


def variant(text: str, rng: np.random.Generator) -> str:
    words = text.rstrip(".").split()
    kind = rng.integers(4)
    if kind == 1:  # re-punctuated
        return ", ".join(words[: len(words) // 2]) + " " + " ".join(words[len(words) // 2 :]) + "!"
    if kind == 2 and len(words) > 10:  # a fragment
        return " ".join(words[2 : 2 + int(len(words) * 0.6)])
    if kind == 3 and len(words) > 10:  # an elision
        return " ".join(words[:4]) + " ... " + " ".join(words[7:]) + "."
    return text


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def percentiles(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p = lambda q: ms[min(len(ms) - 1, int(q * len(ms)))]  # noqa: E731
    return f"p50 {p(0.50):7.2f} ms   p99 {p(0.99):7.2f} ms   max {ms[-1]:7.2f} ms   (n={len(ms)})"


def bulk_insert(store: Store, data: Data, batch: int = 2_000) -> float:
    marks = ", ".join("?" * len(ARTICLE_COLUMNS))
    art_sql = f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({marks})"
    start = time.perf_counter()
    q = 0
    for lo in range(0, len(data.articles), batch):
        arts = data.articles[lo : lo + batch]
        last = arts[-1][0]
        hi = q
        while hi < len(data.quotes) and data.quotes[hi][1] <= last:
            hi += 1
        with store.transaction():
            store.executemany(art_sql, arts)
            store.add_quotes(data.quotes[q:hi])
        q = hi
    return time.perf_counter() - start


def profile(store: Store, name: str) -> object:
    """What ``quotegraph speaker NAME`` does: find the speaker, then build the profile."""
    found = find_speakers(store, name)
    return speaker_profile(store, found[0][0]) if found else None


def run(args: argparse.Namespace) -> None:
    n_articles = args.articles or args.quotes // 5
    db = "PostgreSQL" if args.postgres else "SQLite"
    print(f"== {args.quotes:,} quotes in {n_articles:,} articles on {db}")
    t = time.perf_counter()
    data = generate(args.quotes, n_articles)
    print(f"generate           {time.perf_counter() - t:8.1f} s")
    tmp = tempfile.mkdtemp(prefix="qg-bench-")
    url = args.postgres or os.path.join(tmp, "bench.db")
    with open_store(url) as store:
        if store.counts()["articles"]:
            sys.exit(f"{url} is not empty")
        secs = bulk_insert(store, data)
        print(f"bulk insert        {secs:8.1f} s   {len(data.quotes) / secs:10,.0f} quotes/s"
              f"   {len(data.articles) / secs:8,.0f} articles/s")  # fmt: skip
        if store.dialect == "postgres":
            store.execute("ANALYZE")
        t = time.perf_counter()
        loaded = load_quotes(store)
        t_load = time.perf_counter() - t
        t_speakers = timed(lambda: resolve_speakers(mentions(loaded)))
        texts = [q.text for q in loaded]
        t_cluster = timed(lambda: cluster_quotes(texts))
        t_resolve = timed(lambda: resolve_corpus(store))
        print(f"load quotes        {t_load:8.1f} s")
        print(f"resolve speakers   {t_speakers:8.1f} s")
        print(f"cluster quotes     {t_cluster:8.1f} s   ({args.quotes:,} quotes)")
        if args.growth and args.growth < args.quotes:
            some = texts[: args.growth]
            t_small = timed(lambda: cluster_quotes(some))
            growth = f"growth x{t_cluster / t_small:.1f} for x{args.quotes / args.growth:.0f} the quotes"
            print(f"cluster quotes     {t_small:8.1f} s   ({args.growth:,} quotes)   {growth}")
        counts = store.counts()
        print(f"resolve (all, with writes) {t_resolve:6.1f} s   {counts['speakers']:,} speakers,"
              f" {counts['clusters']:,} clusters of 2+")  # fmt: skip
        rng = np.random.default_rng(11)
        samples = []
        for i in range(args.queries):
            words = [data.vocab[int(rng.integers(50, 3_000))] for _ in range(1 + i % 2)]
            filters: dict[str, str] = {}
            if i % 4 == 1:
                filters["speaker"] = data.people[int(rng.integers(0, min(200, len(data.people))))]
            if i % 4 == 2:
                filters["outlet"] = data.articles[int(rng.integers(len(data.articles)))][4]
            if i % 4 == 3:
                filters["since"] = "2025-01-01"
            samples.append(timed(lambda w=words, f=filters: search(store, " ".join(w), **f)))  # type: ignore[misc]
        print(f"search             {percentiles(samples)}")
        samples = []
        for _ in range(args.queries):
            name = data.people[int(min(rng.zipf(1.3), len(data.people)) - 1)]
            samples.append(timed(lambda n=name: profile(store, n)))  # type: ignore[misc]
        print(f"speaker profile    {percentiles(samples)}")
        if store.dialect == "sqlite":
            print(f"database file      {os.path.getsize(url) / 1e6:8.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=0, help="default: quotes / 5")
    parser.add_argument("--growth", type=int, default=100_000, help="also cluster this many, to show growth")
    parser.add_argument("--queries", type=int, default=300, help="searches and profiles to time")
    parser.add_argument("--postgres", metavar="URL", help="run on this (empty) PostgreSQL database instead")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
