"""Provenance benchmark: statements re-reported by other outlets with known edits, clustered by the
real store and resolve, scored for clusters and for ``altered`` wording; then clustering time.

    python benchmarks/provenance.py                          # 300 statements, then 1,000,000 quotes timed
    python benchmarks/provenance.py --statements 100 --timing 0
    python benchmarks/provenance.py --bench ../shared/bench/polnear.train.statements.jsonl

Statements are PolNeAR train's direct statements by a named person (the texts stay in memory and in a
temporary database, never in the project). Each is printed first by one outlet, then re-reported by
others on later dates: verbatim, re-punctuated (case, commas, typographic marks), elided with an
ellipsis, a part quoted, one or two words substituted, words dropped without an ellipsis, or
paraphrased (indirect, by the same speaker, sometimes by surname only); one article repeats it twice,
as a live blog does. Decoys must stay apart: another person's quote with most words in common, an
unnamed source ("a spokeswoman for ...") with most words in common, another person's paraphrase.
Short quotes (two to four words) are re-reported by the same speaker, and said by another.

Articles and quotes go through ``Store.add_article`` and ``resolve_corpus`` as an ingest does;
nothing is mocked. Printed: pairwise precision and recall of the clusters, precision and recall of
``wording = 'altered'``, how often the earliest report is named right, and how often a cluster's
article count is right. Then the time ``cluster_quotes`` takes on ``benchmarks/store.py``'s
generated quotes (a third re-reports, a fifth paraphrase). Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import numpy as np

from quotegraph.corpus.resolving import resolve_corpus
from quotegraph.model import Article, Quote
from quotegraph.resolve import cluster_quotes, parse_name
from quotegraph.store import open_store

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent.parent / "shared" / "bench" / "polnear.train.statements.jsonl"
OUTLETS = (
    "Daily Ledger", "Evening Post", "Harbour Herald", "Capital Wire", "Morning Star", "Valley News",
    "Coast Times", "Metro Tribune", "State Courier", "River Gazette", "North Record", "Civic Journal",
)  # fmt: skip
EDITS = ("verbatim", "repunctuated", "elided", "part", "substituted", "dropped", "paraphrase")
ALTERED = {"substituted", "dropped"}
WORD = re.compile(r"\S+")
PRONOUNS = {"I": "he", "i": "he", "me": "him", "my": "his", "we": "they", "We": "They", "our": "their",
            "Our": "Their", "us": "them", "I'm": "he's", "I've": "he has", "we're": "they're"}  # fmt: skip
NOT_PEOPLE = {
    "university", "institute", "association", "democrat", "republican", "watch", "studies", "center",
    "party", "committee", "news", "times", "post", "carolina", "department", "council", "foundation",
    "campaign", "house", "school", "college", "group", "fund", "union", "office", "agency", "board",
}  # fmt: skip
SUBSTITUTES = (
    "never", "always", "twelve", "week", "would", "many", "few", "bad", "great", "local", "federal",
    "maybe", "certainly", "their", "nobody", "again",
)  # fmt: skip


@dataclass
class Report:
    """One generated report: where it appears, what it says, and what it truly is."""

    article: int
    text: str
    type: str
    mention: str
    truth: str
    """The statement it reports (decoys are statements of their own)."""
    edit: str
    outlet: str
    day: int
    hour: int


@dataclass(frozen=True)
class Statement:
    text: str
    speaker: str


def statements(path: Path, rng: np.random.Generator, n: int) -> tuple[list[Statement], list[Statement]]:
    """Direct statements by a person named in full (5 to 60 words), and short ones (2 to 4 words)."""
    long: dict[str, Statement] = {}
    short: dict[str, Statement] = {}
    unnamed: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            for q in json.loads(line)["quotes"]:
                if q.get("type") != "direct" or q.get("kind", "statement") != "statement":
                    continue
                name = parse_name(q.get("speaker"))
                words = WORD.findall(q["text"])
                if name is None or not name.given or not person(name.full):
                    if len(words) >= 8:
                        unnamed.append(" ".join(words))
                    continue
                key = " ".join(words).lower()
                if 8 <= len(words) <= 60:
                    long.setdefault(key, Statement(" ".join(words), name.full))
                elif 2 <= len(words) <= 4:
                    short.setdefault(key, Statement(" ".join(words), name.full))
    pick = lambda pool, k: [pool[i] for i in sorted(rng.choice(len(pool), min(k, len(pool)), replace=False))]  # noqa: E731
    chosen = pick(list(long.values()), n)
    # Few gold quotes that short have a named speaker: slogans cut from quotes whose speaker PolNeAR
    # does not name, given to people who speak here, make up the rest.
    people = sorted({s.speaker for s in chosen})
    for text in pick(unnamed, max(0, n // 5 - len(short))):
        words = text.split()
        size = int(rng.integers(2, 5))
        lo = int(rng.integers(0, len(words) - size + 1))
        cut = " ".join(words[lo : lo + size])
        short.setdefault(cut.lower(), Statement(cut, people[int(rng.integers(len(people)))]))
    return chosen, pick(list(short.values()), max(10, n // 5))


def person(name: str) -> bool:
    """A person's name as PolNeAR gives it, not an organisation or a description."""
    tokens = name.split()
    return 2 <= len(tokens) <= 3 and all(t.isalpha() and t.lower() not in NOT_PEOPLE for t in tokens)


def edited(text: str, edit: str, rng: np.random.Generator) -> str:
    words = text.split()
    n = len(words)
    if edit == "repunctuated":
        out = [w.strip(",;:.!?") for w in words]
        out[n // 2] += ","
        return (" ".join(out).replace("'", "\u2019") + "!").capitalize()
    if edit == "elided":
        cut = int(rng.integers(2, n - 4))
        return " ".join(words[:cut]) + " ... " + " ".join(words[cut + min(3, n - cut - 3) :])
    if edit == "part":
        size = max(5, int(n * rng.uniform(0.5, 0.75)))
        lo = int(rng.integers(0, n - size + 1))
        return " ".join(words[lo : lo + size])
    if edit == "substituted":
        out = list(words)
        for i in rng.choice(n, 1 + int(n >= 12 and rng.random() < 0.5), replace=False).tolist():
            out[i] = next(s for s in rng.permutation(SUBSTITUTES).tolist() if s != out[i].lower())
        return " ".join(out)
    if edit == "dropped":
        k = 1 + int(n >= 12 and rng.random() < 0.5)
        at = int(rng.integers(1, n - k))
        return " ".join(words[:at] + words[at + k :])
    if edit == "paraphrase":
        return " ".join(PRONOUNS.get(w, w) for w in words).rstrip(".!?")
    return text


def surname(name: str) -> str:
    parsed = parse_name(name)
    return parsed.surname if parsed else name


def generate(longs: list[Statement], shorts: list[Statement], rng: np.random.Generator) -> list[Report]:
    reports: list[Report] = []
    article = 0

    def add(
        text: str, type_: str, mention: str, truth: str, edit: str, outlet: str, day: int, hour: int
    ) -> None:
        nonlocal article
        reports.append(Report(article, text, type_, mention, truth, edit, outlet, day, hour))
        article += 1

    speakers = sorted({s.speaker for s in longs})
    for i, s in enumerate(longs):
        truth, day = f"s{i}", int(rng.integers(0, 600))
        outlets = rng.permutation(OUTLETS).tolist()
        add(s.text, "direct", s.speaker, truth, "earliest", outlets[0], day, 8)
        for k, edit in enumerate(rng.permutation(EDITS).tolist()[: int(rng.integers(3, len(EDITS) + 1))]):
            mention = s.speaker if edit != "paraphrase" or rng.random() < 0.5 else surname(s.speaker)
            type_ = "indirect" if edit == "paraphrase" else "direct"
            add(edited(s.text, edit, rng), type_, mention, truth, edit, outlets[1 + k], day + 1 + k, 9)
        if rng.random() < 0.2:  # a live blog prints it twice: one more report, in the same article
            reports.append(
                Report(article - 1, s.text, "direct", s.speaker, truth, "repeat", *_where(reports[-1]))
            )
        decoy = rng.random()
        others = [p for p in speakers if surname(p) != surname(s.speaker)]
        if decoy < 0.3 and others:  # another person, most of the words
            other = others[int(rng.integers(len(others)))]
            add(
                edited(s.text, "substituted", rng),
                "direct",
                other,
                f"d{i}",
                "other speaker",
                outlets[-1],
                day + 2,
                10,
            )
        elif decoy < 0.5:  # a source nobody names
            add(edited(s.text, "dropped", rng), "direct", "a spokeswoman for the state party", f"u{i}",
                "unnamed speaker", outlets[-1], day + 2, 10)  # fmt: skip
        elif decoy < 0.65 and others:  # another person's paraphrase
            other = others[int(rng.integers(len(others)))]
            said = edited(s.text, "paraphrase", rng)
            add(said, "indirect", other, f"p{i}", "other paraphrase", outlets[-1], day + 2, 10)
    for i, s in enumerate(shorts):
        truth, day = f"short{i}", int(rng.integers(0, 600))
        outlets = rng.permutation(OUTLETS).tolist()
        add(s.text, "direct", s.speaker, truth, "earliest", outlets[0], day, 8)
        add(s.text.lower(), "direct", s.speaker, truth, "short", outlets[1], day + 1, 8)
        add(s.text + "!", "direct", surname(s.speaker), truth, "short", outlets[2], day + 3, 8)
        others = [p for p in speakers if surname(p) != surname(s.speaker)]
        if others:
            other = others[int(rng.integers(len(others)))]
            add(s.text, "direct", other, f"shortd{i}", "short other", outlets[3], day + 2, 8)
    return reports


def _where(r: Report) -> tuple[str, int, int]:
    return r.outlet, r.day, r.hour


def date(day: int, hour: int) -> str:
    return f"{np.datetime64('2016-01-01') + np.timedelta64(day, 'D')}T{hour:02d}:00:00"


def load(db: str, reports: list[Report]) -> dict[int, str]:
    """One article per report (a repeat joins its article); returns the quote id of each report."""
    by_article: dict[int, list[tuple[int, Report]]] = defaultdict(list)
    for i, r in enumerate(reports):
        by_article[r.article].append((i, r))
    ids: dict[int, str] = {}
    with open_store(db) as store, store.transaction():
        for a, members in sorted(by_article.items()):
            parts, quotes = [], []
            pos = 0
            for i, r in members:
                if r.type == "direct":
                    lead = f"{r.mention} said on Tuesday: \u201c"
                    tail = "\u201d The remarks drew attention. "
                else:
                    lead, tail = f"{r.mention} said on Tuesday that ", ". The remarks drew attention. "
                start = pos + len(lead)
                kind = "person" if parse_name(r.mention) else "unnamed"
                quotes.append(Quote(start, start + len(r.text), r.text, r.type, speaker=r.mention,  # type: ignore[arg-type]
                                    speaker_span=(pos, pos + len(r.mention)), speaker_mention=r.mention,
                                    cue="said", confidence=0.9, speaker_kind=kind))  # fmt: skip
                parts.append(lead + r.text + tail)
                pos += len(parts[-1])
                ids[i] = f"pv{a:06d}-{len(quotes) - 1}"
            first = members[0][1]
            when = date(first.day, first.hour)
            art = Article(f"gen-{a}", "".join(parts), outlet=first.outlet, published=when)
            store.add_article(f"pv{a:06d}", art, quotes, "generated", when)
    return ids


def pairwise(truth: list[str], predicted: list[str]) -> tuple[float, float, int, int]:
    """Precision and recall of 'same cluster' over all pairs of reports."""

    def pairs(labels: list[str]) -> set[tuple[int, int]]:
        groups: dict[str, list[int]] = defaultdict(list)
        for i, label in enumerate(labels):
            groups[label].append(i)
        return {p for g in groups.values() for p in combinations(g, 2)}

    t, p = pairs(truth), pairs(predicted)
    hit = len(t & p)
    return hit / len(p) if p else 1.0, hit / len(t) if t else 1.0, len(p), len(t)


def score(db: str, reports: list[Report], ids: dict[int, str]) -> None:
    with open_store(db) as store:
        cols = {r[1] for r in store.query("PRAGMA table_info(quotes)")}
        has_wording = "wording" in cols
        sel = "id, cluster_id" + (", wording" if has_wording else "")
        rows = {r[0]: r for r in store.query(f"SELECT {sel} FROM quotes")}
        clusters = {r[0]: r for r in store.query("SELECT * FROM clusters")}
        cluster_cols = [r[1] for r in store.query("PRAGMA table_info(clusters)")]
    order = sorted(ids)
    truth = [reports[i].truth for i in order]
    predicted = [rows[ids[i]][1] or ids[i] for i in order]
    p, r, n_p, n_t = pairwise(truth, predicted)
    print(f"reports            {len(order):8,}   statements {len(set(truth)):,}")
    print(f"clusters           precision {p:.3f}   recall {r:.3f}   ({n_p:,} predicted pairs, {n_t:,} true)")
    per_edit: Counter[str] = Counter()
    found_edit: Counter[str] = Counter()
    label_of = dict(zip(order, predicted, strict=True))
    first_of = {reports[i].truth: label_of[i] for i in order if reports[i].edit == "earliest"}
    for i in order:
        per_edit[reports[i].edit] += 1
        if reports[i].truth in first_of and label_of[i] == first_of[reports[i].truth]:
            found_edit[reports[i].edit] += 1
    print("  joined its statement's earliest, by edit:  " + "   ".join(
        f"{e} {found_edit[e]}/{per_edit[e]}" for e in sorted(per_edit)))  # fmt: skip
    if has_wording:
        want = {i for i in order if reports[i].edit in ALTERED}
        got = {i for i in order if rows[ids[i]][2] == "altered"}
        ap = len(want & got) / len(got) if got else 1.0
        ar = len(want & got) / len(want) if want else 1.0
        print(
            f"altered            precision {ap:.3f}   recall {ar:.3f}"
            f"   ({len(got):,} flagged, {len(want):,} true)"
        )
        wordings = Counter((reports[i].edit, rows[ids[i]][2]) for i in order)
        print(
            "  wording by edit:  "
            + "   ".join(f"{e}->{w} {n}" for (e, w), n in sorted(wordings.items(), key=str))
        )
    else:
        print("altered            not stored (no wording column)")
    earliest = {ids[i] for i in order if reports[i].edit == "earliest"}
    named = [c for c in clusters.values() if c[0] in {rows[ids[i]][1] for i in order}]
    right = sum(1 for c in named if c[cluster_cols.index("earliest_quote")] in earliest)
    print(f"earliest named     {right}/{len(named)} clusters")
    if "n_articles" in cluster_cols:
        articles: dict[str, set[int]] = defaultdict(set)
        for i in order:
            articles[label_of[i]].add(reports[i].article)
        ok = sum(1 for c in named if c[cluster_cols.index("n_articles")] == len(articles[c[0]]))
        print(f"article counts     {ok}/{len(named)} clusters count their distinct articles")
    else:
        size = cluster_cols.index("size")
        members = defaultdict(set)
        for i in order:
            members[label_of[i]].add(reports[i].article)
        ok = sum(1 for c in named if c[size] == len(members[c[0]]))
        print(f"article counts     {ok}/{len(named)} clusters' size equals their distinct articles")


def timing(n: int) -> None:
    spec = importlib.util.spec_from_file_location("store_bench", HERE / "store.py")
    assert spec and spec.loader
    bench = sys.modules["store_bench"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    t = time.perf_counter()
    data = bench.generate(n, n // 5)
    print(
        f"== clustering {n:,} generated quotes (benchmarks/store.py's);"
        f" generated in {time.perf_counter() - t:.1f} s"
    )
    texts = [q[5] for q in data.quotes]
    speakers = [q[7] for q in data.quotes]
    runs = (("cluster_quotes(texts)", (texts,)), ("cluster_quotes(texts, speakers)", (texts, speakers)))
    for label, args in runs:
        wall, cpu = time.perf_counter(), time.process_time()
        labels = cluster_quotes(*args)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"{label:32} {wall:8.1f} s wall {cpu:8.1f} s CPU   {multi(labels):,} clusters of 2+")


def multi(labels: np.ndarray) -> int:
    return sum(1 for c in Counter(labels.tolist()).values() if c > 1)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bench", type=Path, default=BENCH, help="PolNeAR statements key (JSONL)")
    parser.add_argument("--statements", type=int, default=300)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument(
        "--timing", type=int, default=1_000_000, help="quotes to cluster for the timing; 0: none"
    )
    args = parser.parse_args()
    if args.statements:
        if not args.bench.is_file():
            sys.exit(f"{args.bench}: no such file (give --bench)")
        rng = np.random.default_rng(args.seed)
        longs, shorts = statements(args.bench, rng, args.statements)
        reports = generate(longs, shorts, rng)
        db = os.path.join(tempfile.mkdtemp(prefix="qg-provenance-"), "provenance.db")
        ids = load(db, reports)
        t = time.perf_counter()
        with open_store(db) as store:
            resolve_corpus(store)
        print(f"== {len(longs)} statements and {len(shorts)} short quotes from {args.bench.name},"
              f" re-reported; resolve {time.perf_counter() - t:.1f} s")  # fmt: skip
        score(db, reports, ids)
    if args.timing:
        timing(args.timing)


if __name__ == "__main__":
    main()
